package vn.danvan.units.tree;

import java.time.LocalDate;
import java.util.List;

import vn.danvan.units.UnitKind;

/**
 * A merge (several units into one) or a split (one unit into several) on a date, recorded
 * in one step. A link with {@code toUnit} {@code null} goes to {@code newTarget}, created
 * on the date. A source whose links are all partial carries on; the others are closed.
 */
public record RecordSuccession(LocalDate date, List<Link> links, NewTarget newTarget) {

	/**
	 * One arrow from a unit to the unit (or part of it) it became.
	 */
	public record Link(long fromUnit, Long toUnit, boolean partial) {
	}

	/**
	 * A unit that the succession creates.
	 */
	public record NewTarget(String code, String name, String fullName, UnitKind kind, Long parentId) {
	}

}
