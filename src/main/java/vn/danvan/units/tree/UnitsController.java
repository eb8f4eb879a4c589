package vn.danvan.units.tree;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.danvan.shared.errors.InvalidRequestException;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitNotFoundException;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;
import vn.danvan.units.imports.UnitImports;

/**
 * The organisation tree as of a date ("Đơn vị"): browse from the user's scope down,
 * search by name without diacritics, and open a unit with its history.
 */
@Controller
class UnitsController {

	static final int SEARCH_LIMIT = 50;

	static final int FORMER_LIMIT = 10;

	private final Units units;

	private final UnitScope scope;

	private final ScopedHistory histories;

	private final UnitPicker picker;

	UnitsController(Units units, UnitScope scope, ScopedHistory histories, UnitPicker picker) {
		this.units = units;
		this.scope = scope;
		this.histories = histories;
		this.picker = picker;
	}

	@GetMapping("/units")
	String browse(@AuthenticationPrincipal ScopedUser user, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String asOf, @RequestParam(required = false) String q,
			@RequestParam(required = false) String level, HtmxRequest htmx, Locale locale, Model model) {
		LocalDate today = UnitScope.today();
		LocalDate date = asOfOrToday(asOf, today, model);
		UnitLevel searchLevel = levelOrNone(level);
		Long scopeRoot = this.scope.scopeRoot(user);

		Long currentId = (unit != null) ? unit : scopeRoot;
		Unit current = null;
		List<Unit> children = List.of();
		boolean noScope = scopeRoot == null && !user.administrator();
		if (noScope) {
			// A user bound to no unit who does not administer the system sees no unit.
			if (unit != null) {
				throw new UnitNotFoundException(unit);
			}
			model.addAttribute("noScope", true);
		}
		else if (currentId != null) {
			this.scope.requireVisible(user, currentId, date);
			current = this.units.find(currentId, date).orElse(null);
			if (current == null) {
				ScopedHistory.View absent = this.histories.of(user, currentId, today);
				model.addAttribute("absent", absent);
				model.addAttribute("absentUnit", nearestVersion(absent.history().versions(), date));
			}
		}
		else {
			List<Unit> roots = this.units.roots(date);
			if (roots.size() == 1) {
				current = roots.get(0);
			}
			else {
				children = roots;
			}
		}
		List<Unit> breadcrumbs = new ArrayList<>();
		if (current != null) {
			children = this.units.children(current.id(), date);
			breadcrumbs.addAll(this.scope.visibleAncestors(user, current.id(), date));
			Collections.reverse(breadcrumbs);
		}

		String query = (q != null) ? q.trim() : "";
		if (!query.isEmpty() && !noScope) {
			model.addAttribute("results",
					this.units.search(query, date, scopeRoot, searchLevel, SEARCH_LIMIT)
						.stream()
						.map((u) -> new SearchHit(u, parentName(u, date)))
						.toList());
			// After a merge the old name finds only what kept it ("kon tum": Phường Kon
			// Tum); the units that
			// no longer exist are listed below with what they became.
			model.addAttribute("formerResults",
					this.picker.formerUnits(user, query, date, FORMER_LIMIT)
						.stream()
						.filter((u) -> searchLevel == null || u.level() == searchLevel)
						.map((u) -> new SearchHit(u, this.picker.becameText(u.id(), locale)))
						.toList());
		}
		model.addAttribute("current", current);
		model.addAttribute("children", children);
		model.addAttribute("breadcrumbs", breadcrumbs);
		model.addAttribute("asOf", date);
		model.addAttribute("today", today);
		model.addAttribute("beforeReform", UnitImports.BEFORE_REFORM_2025);
		model.addAttribute("q", query);
		model.addAttribute("level", searchLevel);
		model.addAttribute("levels", UnitLevel.values());
		model.addAttribute("searchLimit", SEARCH_LIMIT);
		if (htmx.isHtmxRequest()) {
			return "units/tree :: results";
		}
		return "units/tree";
	}

	@GetMapping("/units/{id:\\d+}")
	String showUnit(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@RequestParam(required = false) String asOf, Model model) {
		LocalDate today = UnitScope.today();
		LocalDate date = asOfOrToday(asOf, today, model);
		this.scope.requireVisible(user, id, date);
		ScopedHistory.View view = this.histories.of(user, id, today);
		List<Unit> versions = view.history().versions();
		Unit shown = this.units.find(id, date).orElseGet(() -> nearestVersion(versions, date));
		boolean validOnDate = shown.validOn(date);
		Unit parent = null;
		boolean parentVisible = false;
		if (shown.parentId() != null) {
			LocalDate parentDate = validOnDate ? date : lastDayOf(shown);
			parent = this.units.find(shown.parentId(), parentDate).orElse(null);
			parentVisible = parent != null && this.scope.canSeeOn(user, parent.id(), parentDate);
		}
		model.addAttribute("unit", shown);
		model.addAttribute("validOnDate", validOnDate);
		model.addAttribute("parent", parent);
		model.addAttribute("parentVisible", parentVisible);
		model.addAttribute("parentDate", validOnDate ? date : lastDayOf(shown));
		model.addAttribute("history", view.history());
		model.addAttribute("currentUnits", view.currentUnits());
		model.addAttribute("existsToday", view.existsToday(id));
		model.addAttribute("hiddenOutsideScope", view.hiddenOutsideScope());
		model.addAttribute("childCount", validOnDate ? this.units.children(id, date).size() : 0);
		model.addAttribute("asOf", date);
		model.addAttribute("today", today);
		return "units/unit";
	}

	private String parentName(Unit unit, LocalDate date) {
		if (unit.parentId() == null) {
			return "";
		}
		return this.units.find(unit.parentId(), date).map(Unit::fullName).orElse("");
	}

	/**
	 * The version in force on the date, else the last one that began before it, else the
	 * first.
	 */
	static Unit nearestVersion(List<Unit> versions, LocalDate date) {
		Unit nearest = versions.get(0);
		for (Unit version : versions) {
			if (version.validFrom() == null || !version.validFrom().isAfter(date)) {
				nearest = version;
			}
		}
		return nearest;
	}

	private static LocalDate lastDayOf(Unit version) {
		if (version.validTo() != null) {
			return version.validTo().minusDays(1);
		}
		return (version.validFrom() != null) ? version.validFrom() : UnitScope.today();
	}

	private static LocalDate asOfOrToday(String asOf, LocalDate today, Model model) {
		try {
			LocalDate date = UnitParameters.date(asOf, "asOf");
			return (date != null) ? date : today;
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("dateError", true);
			return today;
		}
	}

	private static UnitLevel levelOrNone(String level) {
		try {
			return UnitParameters.level(level);
		}
		catch (InvalidRequestException ex) {
			return null;
		}
	}

	/**
	 * A search result with the name of its parent on the date, to tell apart units of the
	 * same name (for a unit that no longer exists: what it became).
	 */
	record SearchHit(Unit unit, String parentName) {
	}

}
