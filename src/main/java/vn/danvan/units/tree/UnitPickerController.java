package vn.danvan.units.tree;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.danvan.shared.errors.InvalidRequestException;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitScope;

/**
 * What the unit picker of the forms offers as the user types ({@code GET /units/picker},
 * JSON read by {@code unit-picker.js}): at most {@value UnitPicker#LIMIT} units of the
 * date's tree within the user's scope, and with {@code former=true} those that no longer
 * exist with what they became. A date or level that cannot be read is ignored (today, any
 * level): the picker never shows an error page.
 */
@RestController
class UnitPickerController {

	private final UnitPicker picker;

	UnitPickerController(UnitPicker picker) {
		this.picker = picker;
	}

	@GetMapping("/units/picker")
	Offer offer(@AuthenticationPrincipal ScopedUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String asOf, @RequestParam(required = false) String level,
			@RequestParam(defaultValue = "false") boolean former, Locale locale) {
		LocalDate date = UnitScope.today();
		UnitLevel unitLevel = null;
		try {
			LocalDate requested = UnitParameters.date(asOf, "asOf");
			date = (requested != null) ? requested : date;
			unitLevel = UnitParameters.level(level);
		}
		catch (InvalidRequestException ex) {
			// ignored: the picker offers today's units of any level
		}
		String query = (q != null) ? q.trim() : "";
		if (query.length() > 200) {
			query = query.substring(0, 200);
		}
		return new Offer(date, query, this.picker.search(user, query, date, unitLevel, former, locale));
	}

	/**
	 * The units offered for a text on a date.
	 */
	record Offer(LocalDate asOf, String q, List<UnitPicker.Choice> units) {
	}

}
