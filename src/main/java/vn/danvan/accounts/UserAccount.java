package vn.danvan.accounts;

import java.util.Set;

import vn.danvan.shared.security.Role;

/**
 * A user as other modules and pages see it (never the password hash).
 *
 * @param unitId the unit whose subtree is the user's scope, or {@code null} for the whole
 * system
 */
public record UserAccount(long id, String username, String displayName, String email, Set<Role> roles, boolean enabled,
		Long unitId) {

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

}
