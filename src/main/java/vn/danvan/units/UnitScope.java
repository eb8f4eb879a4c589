package vn.danvan.units;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.time.VietnamTime;

/**
 * The one place where scope is decided: a user sees and acts on their unit and the units
 * below it in today's tree. A unit outside the scope is answered as not found, so its
 * existence is not revealed.
 */
@Service
public class UnitScope {

	private final Units units;

	UnitScope(Units units) {
		this.units = units;
	}

	public static LocalDate today() {
		return LocalDate.now(VietnamTime.ZONE);
	}

	/**
	 * True when the unit lies within the user's scope in today's tree. A user without a
	 * unit sees everything only if they administer the whole system; otherwise nothing.
	 */
	public boolean canSee(ScopedUser user, long unitId) {
		Long scope = user.scopeUnitId();
		if (scope == null) {
			return user.administrator();
		}
		return this.units.isWithin(unitId, scope, today());
	}

	/**
	 * For a historical unit (not in today's tree): visible when any unit it became is
	 * within the scope.
	 */
	public boolean canSeeHistorical(ScopedUser user, long unitId) {
		if (canSee(user, unitId)) {
			return true;
		}
		return this.units.currentUnits(unitId, today())
			.stream()
			.anyMatch((current) -> canSee(user, current.unit().id()));
	}

	/**
	 * @throws UnitNotFoundException when the unit is outside the user's scope
	 */
	public void requireVisible(ScopedUser user, long unitId) {
		if (!canSeeHistorical(user, unitId)) {
			throw new UnitNotFoundException(unitId);
		}
	}

	/**
	 * For browsing the tree of another date: visible when the unit itself is visible
	 * ({@link #canSeeHistorical}) or when, on that date, it lay below a visible unit (a
	 * district of a province that carries on into the user's scope).
	 */
	public boolean canSeeOn(ScopedUser user, long unitId, LocalDate date) {
		if (canSeeHistorical(user, unitId)) {
			return true;
		}
		return this.units.ancestors(unitId, date).stream().anyMatch((a) -> canSeeHistorical(user, a.id()));
	}

	/**
	 * @throws UnitNotFoundException when the unit is outside the user's scope, also in
	 * the tree of the given date
	 */
	public void requireVisible(ScopedUser user, long unitId, LocalDate date) {
		if (!canSeeOn(user, unitId, date)) {
			throw new UnitNotFoundException(unitId);
		}
	}

	/**
	 * The unit's ancestors on the date that the user may see, nearest first (those above
	 * the user's scope are left out).
	 */
	public List<Unit> visibleAncestors(ScopedUser user, long unitId, LocalDate date) {
		List<Unit> ancestors = this.units.ancestors(unitId, date);
		if (user.scopeUnitId() == null) {
			return user.administrator() ? ancestors : List.of();
		}
		int farthest = -1;
		for (int i = 0; i < ancestors.size(); i++) {
			if (canSeeHistorical(user, ancestors.get(i).id())) {
				farthest = i;
			}
		}
		return ancestors.subList(0, farthest + 1);
	}

	/**
	 * The scope's root to start browsing from: the user's unit, or {@code null} for the
	 * whole system.
	 */
	public Long scopeRoot(ScopedUser user) {
		return user.scopeUnitId();
	}

}
