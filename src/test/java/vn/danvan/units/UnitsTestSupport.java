package vn.danvan.units;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.MvcSignIn;
import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.NewUser;
import vn.danvan.shared.security.Role;
import vn.danvan.shared.time.VietnamTime;

/**
 * Users and sign-in for the unit page and API tests.
 */
public final class UnitsTestSupport {

	public static final String PASSWORD = "Mat-khau-thu-nghiem-1";

	public static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 1);

	private UnitsTestSupport() {
	}

	public static LocalDate today() {
		return LocalDate.now(VietnamTime.ZONE);
	}

	/**
	 * A new user with a unique name, bound to the unit; the password is
	 * {@link #PASSWORD}.
	 */
	public static String createUser(Accounts accounts, Role role, Long unitId) {
		String username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		accounts.create(
				new NewUser(username, "Cán bộ " + username, username + "@danvan.vn", PASSWORD, Set.of(role), unitId),
				"test");
		return username;
	}

	public static Cookie signIn(MockMvc mvc, String username, String password) throws Exception {
		return MvcSignIn.session(mvc, username, password);
	}

}
