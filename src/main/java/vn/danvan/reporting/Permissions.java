package vn.danvan.reporting;

import vn.danvan.shared.security.ScopedUser;

/**
 * Who may do what in reporting, by role; scope (which units) is decided by
 * {@link vn.danvan.units.UnitScope}.
 */
public final class Permissions {

	private Permissions() {
	}

	/**
	 * Defines indicators and templates, opens and closes periods.
	 */
	public static boolean administers(ScopedUser user) {
		return user.administrator() || user.hasRole("COMMISSION_OFFICER");
	}

	/**
	 * Fills in and submits the reports of units in scope.
	 */
	public static boolean reports(ScopedUser user) {
		return administers(user) || user.hasRole("REPORTING_OFFICER");
	}

	/**
	 * Returns, approves and reopens the reports of units below the user's own.
	 */
	public static boolean reviews(ScopedUser user) {
		return administers(user);
	}

}
