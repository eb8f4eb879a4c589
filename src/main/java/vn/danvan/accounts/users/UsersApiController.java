package vn.danvan.accounts.users;

import vn.danvan.accounts.UserAdministration;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.danvan.accounts.AccountsProperties;
import vn.danvan.shared.security.Role;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.accounts.UserAccount;

/**
 * {@code GET/POST /api/v1/users}: the users of the administrator's scope.
 */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class UsersApiController {

	private final UserAdministration administration;

	private final MessageSource messages;

	private final AccountsProperties properties;

	UsersApiController(UserAdministration administration, MessageSource messages, AccountsProperties properties) {
		this.administration = administration;
		this.messages = messages;
		this.properties = properties;
	}

	@GetMapping
	List<UserView> listUsers(@AuthenticationPrincipal SignedInUser administrator,
			@RequestParam(required = false) String q) {
		return this.administration.list(administrator, q).stream().map(UserView::of).toList();
	}

	@PostMapping
	ResponseEntity<UserView> createUser(@AuthenticationPrincipal SignedInUser administrator,
			@RequestBody NewUserRequest request) {
		UserAccount created = this.administration.create(administrator,
				new UserForm(request.username(), request.displayName(), request.email(), request.password(),
						(request.roles() != null) ? request.roles() : Set.of(), request.unitId(), true, null));
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(UserView.of(created));
	}

	@ExceptionHandler(UserChangeRejectedException.class)
	ProblemDetail rejected(UserChangeRejectedException ex) {
		HttpStatus status = "users.error.taken".equals(ex.messageKey()) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(ex.messageKey(), new Object[] { this.properties.minPasswordLength() },
						ex.messageKey(), LocaleContextHolder.getLocale()));
		if (ex.field() != null) {
			problem.setProperty("field", ex.field());
		}
		return problem;
	}

	record NewUserRequest(String username, String displayName, String email, String password, Set<Role> roles,
			Long unitId) {
	}

	record UserView(long id, String username, String displayName, String email, List<String> roles, Long unitId,
			boolean enabled) {

		static UserView of(UserAccount user) {
			return new UserView(user.id(), user.username(), user.displayName(), user.email(),
					user.roles().stream().map(Role::name).sorted().toList(), user.unitId(), user.enabled());
		}

	}

}
