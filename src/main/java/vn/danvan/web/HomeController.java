package vn.danvan.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.AuditLog;
import vn.danvan.accounts.Role;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.accounts.UserAccount;
import vn.danvan.shared.time.VietnamTime;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

/**
 * The home page: who is signed in, with which roles, over which units.
 */
@Controller
class HomeController {

	private final Accounts accounts;

	private final AuditLog auditLog;

	private final Units units;

	HomeController(Accounts accounts, AuditLog auditLog, Units units) {
		this.accounts = accounts;
		this.auditLog = auditLog;
		this.units = units;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal SignedInUser user, Model model) {
		UserAccount account = this.accounts.findByUsername(user.getUsername())
			.orElseThrow(() -> new IllegalStateException("Signed-in user no longer exists"));
		model.addAttribute("account", account);
		model.addAttribute("roleKeys", account.roles().stream().sorted().map(Role::messageKey).toList());
		model.addAttribute("scopeKey", scopeKey(account));
		if (account.unitId() != null) {
			this.units.find(account.unitId(), UnitScope.today())
				.ifPresent((unit) -> model.addAttribute("scopeUnit", unit));
		}
		this.auditLog.previousSignIn(account.username())
			.ifPresent((at) -> model.addAttribute("previousSignIn", VietnamTime.formatDateTime(at)));
		return "web/home";
	}

	private static String scopeKey(UserAccount account) {
		if (account.unitId() != null) {
			return "home.scope.unit";
		}
		return account.hasRole(Role.ADMINISTRATOR) ? "home.scope.all" : "home.scope.none";
	}

}
