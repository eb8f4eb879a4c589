package vn.danvan.shared.security;

/**
 * What every module needs to know about the signed-in user to enforce scope: who they
 * are, the unit whose subtree they may see and act on ({@code null} = the whole system),
 * and whether they administer.
 */
public interface ScopedUser {

	String getUsername();

	Long scopeUnitId();

	boolean administrator();

	/**
	 * True when the user holds that role.
	 */
	boolean hasRole(Role role);

}
