package vn.danvan.directives;

import java.time.LocalDate;
import java.util.List;

import vn.danvan.units.Unit;
import vn.danvan.units.UnitKind;
import vn.danvan.units.UnitLevel;

/**
 * What a directive requires of the units of the given levels and kinds below (and
 * including) a unit, by a date; an interim review may recur every {@code everyYears}.
 *
 * @param kinds the kinds of unit concerned; empty for the administrative units (xã,
 * phường …) of the levels
 */
public record DirectiveAction(long id, long directiveId, DirectiveActionKind kind, String description, LocalDate dueOn,
		Integer everyYears, long scopeUnitId, List<UnitLevel> levels, List<UnitKind> kinds) {

	/**
	 * True when the unit is of a level and kind this action concerns (whether it lies
	 * below the scope unit is checked apart).
	 */
	public boolean concerns(Unit unit) {
		if (!this.levels.contains(unit.level())) {
			return false;
		}
		return this.kinds.isEmpty() ? unit.kind().administrative() : this.kinds.contains(unit.kind());
	}

}
