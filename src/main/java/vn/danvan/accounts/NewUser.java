package vn.danvan.accounts;

import java.util.Set;

import vn.danvan.shared.security.Role;

/**
 * What is needed to create a user; the password is the initial one in clear text and is
 * hashed on creation.
 */
public record NewUser(String username, String displayName, String email, String password, Set<Role> roles,
		Long unitId) {
}
