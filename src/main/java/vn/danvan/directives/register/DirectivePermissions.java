package vn.danvan.directives.register;

import org.springframework.stereotype.Component;

import vn.danvan.shared.security.Role;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.units.UnitScope;
import vn.danvan.directives.Directive;

/**
 * The one place that answers "may this user do this to this directive", for pages and API
 * alike (the table is in {@code docs/security.md}). Seeing is not owning: a directive is
 * seen by its owner unit's subtree and the units above it, but changed, removed and given
 * files only by the commission officers and administrators of its owner unit or of a unit
 * above it (the catalogue, owned by no unit, by those of the centre).
 */
@Component
public class DirectivePermissions {

	private final UnitScope scope;

	DirectivePermissions(UnitScope scope) {
		this.scope = scope;
	}

	/**
	 * Commission officers and administrators register directives and declare actions.
	 */
	public boolean officer(ScopedUser user) {
		return user.administrator() || user.hasRole(Role.COMMISSION_OFFICER);
	}

	/**
	 * Officers and reporting officers record what a unit of their scope did.
	 */
	public boolean records(ScopedUser user) {
		return officer(user) || user.hasRole(Role.REPORTING_OFFICER);
	}

	/**
	 * True for the catalogue, and for a directive whose unit is in the user's subtree or
	 * above the user's unit.
	 */
	public boolean canSee(ScopedUser user, Directive directive) {
		if (directive.ownerUnitId() == null) {
			return true;
		}
		return this.scope.relation(user, directive.ownerUnitId()) != UnitScope.Relation.ELSEWHERE;
	}

	/**
	 * Change, remove, add a file: an officer of the owner unit or of a unit above it.
	 */
	public boolean canChange(ScopedUser user, Directive directive) {
		return officer(user) && this.scope.ownsOrAbove(user, directive.ownerUnitId());
	}

	/**
	 * Declare an action for the units of one's own scope: an officer who sees the
	 * directive (the scope unit of the action is checked on its own).
	 */
	public boolean canDeclare(ScopedUser user, Directive directive) {
		return officer(user) && canSee(user, directive);
	}

	/**
	 * A recorded mention is shown only when the text it came from belongs to a unit of
	 * the user's scope ({@code null}: recorded by a user of the whole system, shown only
	 * to them).
	 */
	public boolean canSeeMention(ScopedUser user, Long sourceUnitId) {
		if (sourceUnitId == null) {
			return user.scopeUnitId() == null && user.administrator();
		}
		return this.scope.canSeeHistorical(user, sourceUnitId);
	}

}
