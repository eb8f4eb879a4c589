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
	 * Where the user's unit stands to an object's owner unit ({@code null}: the object
	 * belongs to the whole system, as the catalogue does). A user bound to no unit stands
	 * above everything when they administer, elsewhere otherwise.
	 */
	public Relation relation(ScopedUser user, Long ownerUnitId) {
		Long scope = user.scopeUnitId();
		if (scope == null) {
			return user.administrator() ? ((ownerUnitId == null) ? Relation.SAME : Relation.ABOVE) : Relation.ELSEWHERE;
		}
		if (ownerUnitId == null) {
			return centre(scope) ? Relation.SAME : Relation.BELOW;
		}
		if (scope.equals(ownerUnitId)) {
			return Relation.SAME;
		}
		LocalDate today = today();
		if (this.units.isWithin(ownerUnitId, scope, today)) {
			return Relation.ABOVE;
		}
		if (this.units.isWithin(scope, ownerUnitId, today)) {
			return Relation.BELOW;
		}
		return Relation.ELSEWHERE;
	}

	/**
	 * True when the user's unit is the owner unit or lies above it: who may change what a
	 * unit owns (given a role that allows it).
	 */
	public boolean ownsOrAbove(ScopedUser user, Long ownerUnitId) {
		Relation relation = relation(user, ownerUnitId);
		return relation == Relation.SAME || relation == Relation.ABOVE;
	}

	/**
	 * True when the user is bound to the unit, or, for a unit that no longer exists
	 * today, to a unit it became: who acts as that unit (fills in its reports).
	 */
	public boolean actsAs(ScopedUser user, long unitId) {
		Long scope = user.scopeUnitId();
		if (scope == null) {
			return false;
		}
		if (scope == unitId) {
			return true;
		}
		LocalDate today = today();
		return this.units.find(unitId, today).isEmpty()
				&& this.units.currentUnits(unitId, today).stream().anyMatch((current) -> current.unit().id() == scope);
	}

	/**
	 * True for an administrator bound to the whole system or to the centre: the only
	 * users who change national settings (the reporting catalogue, the document format
	 * profile, the boundary map, a full rebuild).
	 */
	public boolean nationalAdministrator(ScopedUser user) {
		if (!user.administrator()) {
			return false;
		}
		return user.scopeUnitId() == null || centre(user.scopeUnitId());
	}

	private boolean centre(long unitId) {
		return this.units.find(unitId, today()).map((u) -> u.level() == UnitLevel.CENTRAL).orElse(false);
	}

	/**
	 * The user's unit seen from an object's owner unit.
	 */
	public enum Relation {

		/** the user's unit is the owner */
		SAME,
		/** the user's unit lies above the owner */
		ABOVE,
		/** the user's unit lies below the owner */
		BELOW,
		/** neither */
		ELSEWHERE

	}

	/**
	 * The scope's root to start browsing from: the user's unit, or {@code null} for the
	 * whole system.
	 */
	public Long scopeRoot(ScopedUser user) {
		return user.scopeUnitId();
	}

}
