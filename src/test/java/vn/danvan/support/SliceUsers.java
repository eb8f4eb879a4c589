package vn.danvan.support;

import java.util.Set;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.danvan.accounts.SignedInUser;
import vn.danvan.accounts.UserAccount;
import vn.danvan.shared.security.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Signed-in users for controller slices ({@link WebSlice}), which have no accounts
 * database: the principal the controllers receive, with its roles and unit.
 */
public final class SliceUsers {

	private SliceUsers() {
	}

	public static SignedInUser signedIn(String username, Long unitId, Role... roles) {
		return new SignedInUser(new UserAccount(1, username, "Cán bộ " + username, username + "@danvan.vn",
				Set.of(roles), true, unitId), "{noop}not-used");
	}

	/**
	 * Runs the request as that user.
	 */
	public static RequestPostProcessor as(SignedInUser user) {
		return user(user);
	}

}
