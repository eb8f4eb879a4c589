package vn.danvan.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.danvan.accounts.AccountsProperties;
import vn.danvan.shared.time.VietnamTime;

/**
 * The sign-in page; Spring Security processes the posted form.
 */
@Controller
class LoginController {

	private final AccountsProperties accountsProperties;

	private final ApplicationAvailability availability;

	LoginController(AccountsProperties accountsProperties, ApplicationAvailability availability) {
		this.accountsProperties = accountsProperties;
		this.availability = availability;
	}

	@GetMapping("/login")
	String signInForm(@RequestParam(required = false) String error, @RequestParam(required = false) String until,
			Authentication authentication, Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		if (error != null) {
			model.addAttribute("errorKey", switch (error) {
				case "locked" -> "login.error.locked";
				case "empty" -> "login.error.empty";
				case "disabled" -> "login.error.disabled";
				case "expired" -> "login.error.expired";
				default -> "login.error.bad";
			});
			model.addAttribute("lockedUntil", parseTime(until));
			model.addAttribute("maxFailures", this.accountsProperties.maxFailedSignIns());
		}
		// The page answers before the start-up data (the demo users among it) is loaded.
		model.addAttribute("starting", !StartupHealthIndicator.ready(this.availability));
		return "web/login";
	}

	private static String parseTime(String value) {
		try {
			return (value != null) ? VietnamTime.TIME.format(LocalTime.parse(value, VietnamTime.TIME)) : "";
		}
		catch (DateTimeParseException ex) {
			return "";
		}
	}

}
