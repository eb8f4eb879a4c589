package vn.danvan.accounts.passwords;

import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.AccountsProperties;
import vn.danvan.accounts.SignedInUser;

/**
 * A signed-in user changes their own password. Afterwards every other session of that
 * user is signed out.
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	static final String VIEW = "accounts/password";

	private final Accounts accounts;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final AccountsProperties properties;

	private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	PasswordController(Accounts accounts, FindByIndexNameSessionRepository<? extends Session> sessions,
			AccountsProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
		this.sessions = sessions;
	}

	@ModelAttribute("minPasswordLength")
	int minPasswordLength() {
		return this.properties.minPasswordLength();
	}

	/**
	 * The user signed in with a password an administrator gave (initial or reset): this
	 * page is the only one open to them until they change it.
	 */
	@ModelAttribute("mustChangePassword")
	boolean mustChangePassword(@AuthenticationPrincipal SignedInUser user) {
		return user != null && user.mustChangePassword() && this.accounts.mustChangePassword(user.getUsername());
	}

	@GetMapping
	String showForm(Model model) {
		model.addAttribute("form", PasswordForm.empty());
		return VIEW;
	}

	@PostMapping
	String changePassword(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") PasswordForm form,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		// The typed passwords are never sent back to the browser: errors are reported
		// against an empty form.
		PasswordForm blank = PasswordForm.empty();
		BindingResult errors = new DirectFieldBindingResult(blank, "form");
		if (form.newPassword() != null && !form.newPassword().isEmpty()
				&& !Objects.equals(form.newPassword(), form.confirmPassword())) {
			errors.rejectValue("confirmPassword", "password.error.mismatch");
		}
		if (!errors.hasErrors()) {
			try {
				this.accounts.changePassword(user.getUsername(), form.currentPassword(), form.newPassword(),
						request.getRemoteAddr());
			}
			catch (PasswordChangeRejectedException ex) {
				errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		if (errors.hasErrors()) {
			model.addAttribute("form", blank);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return VIEW;
		}
		signOutOtherSessions(user.getUsername(), request.getSession().getId());
		if (user.mustChangePassword()) {
			refreshPrincipal(user, request, response);
		}
		redirect.addFlashAttribute("successKey", "password.changed");
		return "redirect:/";
	}

	/**
	 * The session's principal no longer has to change the password: the rest of the
	 * application opens to it at once.
	 */
	private void refreshPrincipal(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
		this.accounts.principal(user.getUsername()).ifPresent((fresh) -> {
			Authentication current = SecurityContextHolder.getContext().getAuthentication();
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null,
					(current != null) ? current.getAuthorities() : fresh.getAuthorities()));
			SecurityContextHolder.setContext(context);
			this.contextRepository.saveContext(context, request, response);
		});
	}

	private void signOutOtherSessions(String username, String currentSessionId) {
		this.sessions.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter((id) -> !id.equals(currentSessionId))
			.forEach(this.sessions::deleteById);
	}

}
