package vn.danvan.directives;

import vn.danvan.shared.security.Role;
import vn.danvan.shared.security.ScopedUser;

/**
 * A user of the facade tests: a name, the unit whose subtree is the scope ({@code null}
 * for the whole system) and whether the user administers.
 */
record TestUser(String getUsername, Long scopeUnitId, boolean administrator) implements ScopedUser {

	/**
	 * An administrator holds that role; an officer is a commission officer (who registers
	 * directives and declares actions within their scope).
	 */
	@Override
	public boolean hasRole(Role role) {
		return this.administrator ? role == Role.ADMINISTRATOR : role == Role.COMMISSION_OFFICER;
	}

	static TestUser systemAdministrator() {
		return new TestUser("admin", null, true);
	}

	static TestUser officerOf(long unitId) {
		return new TestUser("officer-" + unitId, unitId, false);
	}

}
