package vn.danvan.practices.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.danvan.shared.security.ScopedUser;
import vn.danvan.units.UnitScope;

/**
 * "Theo đơn vị trực thuộc": the registry counted unit by unit below a unit (the provinces
 * at the centre), each count a link to the list behind it.
 */
@Controller
class PracticeOverviewController {

	private final PracticeOverview overview;

	PracticeOverviewController(PracticeOverview overview) {
		this.overview = overview;
	}

	@GetMapping("/practices/by-unit")
	String overview(@AuthenticationPrincipal ScopedUser user, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String year, Model model) {
		Long unitId = null;
		Integer chosenYear = null;
		if (unit != null && !unit.isBlank()) {
			unitId = parse(unit.strip(), 1, Long.MAX_VALUE);
			if (unitId == null) {
				model.addAttribute("queryError", "unit");
			}
		}
		int thisYear = UnitScope.today().getYear();
		if (year != null && !year.isBlank()) {
			Long parsed = parse(year.strip(), 2000, thisYear + 1);
			if (parsed == null) {
				model.addAttribute("queryError", "year");
			}
			else {
				chosenYear = parsed.intValue();
			}
		}
		model.addAttribute("overview", this.overview.of(user, unitId, chosenYear));
		List<Integer> years = new ArrayList<>();
		for (int y = thisYear; y >= Math.max(2019, thisYear - 10); y--) {
			years.add(y);
		}
		model.addAttribute("years", years);
		model.addAttribute("today", LocalDate.now());
		return "practices/by-unit";
	}

	private static Long parse(String text, long min, long max) {
		if (!text.matches("\\d{1,18}")) {
			return null;
		}
		long value = Long.parseLong(text);
		return (value < min || value > max) ? null : value;
	}

}
