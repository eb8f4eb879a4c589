package vn.danvan.directives.register;

/**
 * Who may use the directive pages and API, as {@code @PreAuthorize} expressions shared by
 * the controllers of every feature.
 */
public final class DirectiveRoles {

	/** Officers: register and change directives, declare actions. */
	public static final String OFFICERS = "hasAnyRole('ADMINISTRATOR', 'COMMISSION_OFFICER')";

	/** Those who record what a unit has done. */
	public static final String RECORDERS = "hasAnyRole('ADMINISTRATOR', 'COMMISSION_OFFICER', 'REPORTING_OFFICER')";

	private DirectiveRoles() {
	}

}
