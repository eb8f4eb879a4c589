package vn.danvan.reporting;

import vn.danvan.shared.security.Role;
import vn.danvan.shared.security.ScopedUser;

/**
 * A reporting officer bound to one unit, for benchmarks that fill in the reports of
 * thousands of units (only a unit's own officers edit its report).
 */
public record UnitOfficer(String getUsername, Long scopeUnitId) implements ScopedUser {

	@Override
	public boolean administrator() {
		return false;
	}

	@Override
	public boolean hasRole(Role role) {
		return role == Role.REPORTING_OFFICER;
	}

}
