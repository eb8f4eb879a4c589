package vn.danvan.accounts.users;

import java.util.Set;

import vn.danvan.shared.security.Role;

/**
 * What an administrator enters to create or change a user. {@code password} is used only
 * on creation; {@code version} only on change (the version the form was built from).
 */
public record UserForm(String username, String displayName, String email, String password, Set<Role> roles, Long unitId,
		boolean enabled, Integer version) {
}
