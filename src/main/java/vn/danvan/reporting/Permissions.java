package vn.danvan.reporting;

import org.springframework.stereotype.Component;

import vn.danvan.shared.security.Role;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.units.UnitScope;

/**
 * The one place that answers "may this user do this" in reporting, for pages and API
 * alike (the table is in {@code docs/security.md}). The static methods decide by role
 * alone; the others by role and by where the user's unit stands to the object's owner
 * unit, which {@link UnitScope} decides. Seeing is not owning: a reviewer reads a unit's
 * report but never edits it; a period is closed only by the unit that opened it or a unit
 * above; the catalogue is a national setting.
 */
@Component
public class Permissions {

	private final UnitScope scope;

	Permissions(UnitScope scope) {
		this.scope = scope;
	}

	/**
	 * Opens periods (for the units of their scope) and reads the catalogue's pages.
	 */
	public static boolean administers(ScopedUser user) {
		return user.administrator() || user.hasRole(Role.COMMISSION_OFFICER);
	}

	/**
	 * Fills in and submits the reports of their own unit.
	 */
	public static boolean reports(ScopedUser user) {
		return administers(user) || user.hasRole(Role.REPORTING_OFFICER);
	}

	/**
	 * Returns, approves and reopens the reports of units below the user's own.
	 */
	public static boolean reviews(ScopedUser user) {
		return administers(user);
	}

	/**
	 * Indicators, breakdowns, validation rules and templates are national settings: only
	 * an administrator of the whole system or of the centre defines and changes them.
	 */
	public boolean mayChangeCatalogue(ScopedUser user) {
		return this.scope.nationalAdministrator(user);
	}

	/**
	 * Closes and reopens a period: an administrator or commission officer of the unit
	 * that opened it, or of a unit above it.
	 */
	public boolean mayClose(ScopedUser user, Period period) {
		return administers(user) && this.scope.ownsOrAbove(user, period.ownerUnitId());
	}

	/**
	 * Edits (saves, autosaves, uploads, submits) a report: only the unit's own officers
	 * (for a unit that no longer exists, those of the unit it became). Whether the report
	 * is still editable (its state, the period) is checked apart.
	 */
	public boolean mayEdit(ScopedUser user, Submission submission) {
		return reports(user) && this.scope.actsAs(user, submission.unitId());
	}

	/**
	 * Returns, approves and reopens a report: an officer of a unit above the report's
	 * (that the report is in the user's scope is checked apart).
	 */
	public boolean mayReview(ScopedUser user, Submission submission) {
		return reviews(user) && !this.scope.actsAs(user, submission.unitId());
	}

}
