package vn.danvan.units.tree;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.danvan.shared.security.ScopedUser;
import vn.danvan.units.CurrentUnit;
import vn.danvan.units.Succession;
import vn.danvan.units.UnitHistory;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

/**
 * A unit's history as the user may see it: successions and current units outside the
 * user's scope are left out (and counted), so the history does not reveal them.
 */
@Component
class ScopedHistory {

	private final Units units;

	private final UnitScope scope;

	ScopedHistory(Units units, UnitScope scope) {
		this.units = units;
		this.scope = scope;
	}

	View of(ScopedUser user, long unitId, LocalDate today) {
		UnitHistory history = this.units.history(unitId);
		List<Succession> formedFrom = history.formedFrom()
			.stream()
			.filter((s) -> this.scope.canSeeHistorical(user, s.fromUnitId()))
			.toList();
		List<Succession> became = history.became()
			.stream()
			.filter((s) -> this.scope.canSeeHistorical(user, s.toUnitId()))
			.toList();
		List<CurrentUnit> current = this.units.currentUnits(unitId, today)
			.stream()
			.filter((c) -> this.scope.canSee(user, c.unit().id()))
			.toList();
		int hidden = (history.formedFrom().size() - formedFrom.size()) + (history.became().size() - became.size());
		return new View(new UnitHistory(history.versions(), formedFrom, became), current, hidden);
	}

	/**
	 * @param hiddenOutsideScope how many successions were left out because their other
	 * unit lies outside the user's scope
	 */
	record View(UnitHistory history, List<CurrentUnit> currentUnits, int hiddenOutsideScope) {

		boolean existsToday(long unitId) {
			return this.currentUnits.stream().anyMatch((c) -> c.unit().id() == unitId);
		}

	}

}
