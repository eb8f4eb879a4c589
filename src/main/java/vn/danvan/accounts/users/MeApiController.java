package vn.danvan.accounts.users;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.danvan.accounts.Accounts;
import vn.danvan.shared.security.Role;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.accounts.UserAccount;

/**
 * {@code GET /api/v1/me}: the signed-in user.
 */
@RestController
@RequestMapping("/api/v1")
class MeApiController {

	private final Accounts accounts;

	MeApiController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/me")
	Me me(@AuthenticationPrincipal SignedInUser user) {
		UserAccount account = this.accounts.findByUsername(user.getUsername())
			.orElseThrow(() -> new IllegalStateException("Signed-in user no longer exists"));
		return new Me(account.username(), account.displayName(), account.email(),
				account.roles().stream().sorted().map(Role::name).toList(), account.unitId());
	}

	record Me(String username, String displayName, String email, List<String> roles, Long unitId) {
	}

}
