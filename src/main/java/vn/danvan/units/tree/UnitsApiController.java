package vn.danvan.units.tree;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.danvan.shared.security.ScopedUser;
import vn.danvan.units.CurrentUnit;
import vn.danvan.units.Succession;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitNotFoundException;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

/**
 * The organisation tree as JSON: {@code GET /api/v1/units}, {@code /api/v1/units/{id}}
 * and {@code /api/v1/units/{id}/history}, limited to the caller's scope.
 */
@RestController
@RequestMapping("/api/v1/units")
class UnitsApiController implements UnitsApi {

	static final int SEARCH_LIMIT = 200;

	private final Units units;

	private final UnitScope scope;

	private final ScopedHistory histories;

	UnitsApiController(Units units, UnitScope scope, ScopedHistory histories) {
		this.units = units;
		this.scope = scope;
		this.histories = histories;
	}

	/**
	 * With {@code q}: units whose name contains it (within {@code parent} or the scope).
	 * With {@code parent}: its children, or its descendants of {@code level}. Otherwise
	 * the same below the scope's root (the top of the tree for a system administrator).
	 */
	@GetMapping
	UnitList listUnits(@AuthenticationPrincipal ScopedUser user, @RequestParam(required = false) String asOf,
			@RequestParam(required = false) String level, @RequestParam(required = false) Long parent,
			@RequestParam(required = false) String q) {
		LocalDate date = dateOrToday(asOf);
		UnitLevel unitLevel = UnitParameters.level(level);
		if (parent != null) {
			this.scope.requireVisible(user, parent, date);
			if (this.units.find(parent, date).isEmpty()) {
				throw new UnitNotFoundException(parent);
			}
		}
		Long within = (parent != null) ? parent : this.scope.scopeRoot(user);
		if (within == null && !user.administrator()) {
			// A user bound to no unit who does not administer the system sees no unit.
			return new UnitList(date, List.of());
		}
		if (q != null && !q.isBlank()) {
			return new UnitList(date, this.units.search(q.trim(), date, within, unitLevel, SEARCH_LIMIT));
		}
		if (within == null) {
			if (unitLevel == null) {
				return new UnitList(date, this.units.roots(date));
			}
			List<Unit> found = new ArrayList<>();
			for (Unit root : this.units.roots(date)) {
				if (root.level() == unitLevel) {
					found.add(root);
				}
				found.addAll(this.units.descendants(root.id(), date, unitLevel));
			}
			return new UnitList(date, found);
		}
		if (unitLevel == null) {
			return new UnitList(date, this.units.children(within, date));
		}
		return new UnitList(date, this.units.descendants(within, date, unitLevel));
	}

	@GetMapping("/{id}")
	UnitDetail showUnit(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@RequestParam(required = false) String asOf) {
		LocalDate requested = UnitParameters.date(asOf, "asOf");
		LocalDate date = (requested != null) ? requested : UnitScope.today();
		this.scope.requireVisible(user, id, date);
		Unit unit = this.units.find(id, date).orElse(null);
		if (unit == null) {
			if (requested != null) {
				throw new UnitNotFoundException(id);
			}
			// Without a date, a unit that no longer exists is shown as it last was.
			List<Unit> versions = this.units.history(id).versions();
			unit = versions.get(versions.size() - 1);
			date = (unit.validTo() != null) ? unit.validTo().minusDays(1) : date;
		}
		return new UnitDetail(date, unit, this.scope.visibleAncestors(user, id, date));
	}

	@GetMapping("/{id}/history")
	HistoryJson showHistory(@AuthenticationPrincipal ScopedUser user, @PathVariable long id) {
		this.scope.requireVisible(user, id);
		ScopedHistory.View view = this.histories.of(user, id, UnitScope.today());
		return new HistoryJson(view.history().versions(), view.history().formedFrom(), view.history().became(),
				view.currentUnits(), view.hiddenOutsideScope());
	}

	private static LocalDate dateOrToday(String asOf) {
		LocalDate date = UnitParameters.date(asOf, "asOf");
		return (date != null) ? date : UnitScope.today();
	}

	record UnitList(LocalDate asOf, List<Unit> units) {
	}

	/**
	 * @param ancestors nearest first, those above the caller's scope left out
	 */
	record UnitDetail(LocalDate asOf, Unit unit, List<Unit> ancestors) {
	}

	/**
	 * @param hiddenOutsideScope successions left out because their other unit lies
	 * outside the caller's scope
	 */
	record HistoryJson(List<Unit> versions, List<Succession> formedFrom, List<Succession> became,
			List<CurrentUnit> currentUnits, int hiddenOutsideScope) {
	}

}
