package vn.danvan.accounts;

import vn.danvan.accounts.users.UserChangeRejectedException;
import vn.danvan.accounts.users.UserForm;
import vn.danvan.accounts.users.UserPasswordReset;
import vn.danvan.accounts.passwords.PasswordPolicy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.security.Role;
import vn.danvan.accounts.UserRepository.StoredUser;
import vn.danvan.shared.errors.NotFoundException;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.text.TextLimits;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

/**
 * Administrators manage the users of their scope: a province's administrator only users
 * bound to that province or units below it; only an administrator of the whole system
 * creates users without a unit. Every change is audited with what was there before and
 * after; a stale edit is refused, never silently applied.
 */
@Service
public class UserAdministration {

	private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

	private final Accounts accounts;

	private final UserRepository users;

	private final UnitScope scope;

	private final Units units;

	private final AuditLog auditLog;

	private final UserSessions sessions;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	UserAdministration(Accounts accounts, UserRepository users, UnitScope scope, Units units, AuditLog auditLog,
			UserSessions sessions, PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.accounts = accounts;
		this.users = users;
		this.scope = scope;
		this.units = units;
		this.auditLog = auditLog;
		this.sessions = sessions;
	}

	/**
	 * The users an administrator may manage, optionally filtered by name (diacritics
	 * ignored).
	 */
	@Transactional(readOnly = true)
	public List<UserAccount> list(ScopedUser administrator, String text) {
		requireAdministrator(administrator);
		Long root = administrator.scopeUnitId();
		if (root == null) {
			return this.users.list(null, text, 500).stream().map(StoredUser::account).toList();
		}
		List<Long> unitIds = new java.util.ArrayList<>();
		unitIds.add(root);
		this.units.descendants(root, UnitScope.today(), null).forEach((unit) -> unitIds.add(unit.id()));
		return this.users.list(unitIds, text, 500).stream().map(StoredUser::account).toList();
	}

	/**
	 * A user the administrator may manage; empty when there is none or it is outside the
	 * scope (same answer).
	 */
	@Transactional(readOnly = true)
	public Optional<UserAccount> find(ScopedUser administrator, long userId) {
		requireAdministrator(administrator);
		return this.users.findById(userId).map(StoredUser::account).filter((user) -> manages(administrator, user));
	}

	@Transactional(readOnly = true)
	public Optional<Integer> version(long userId) {
		return this.users.findById(userId).map(StoredUser::version);
	}

	@Transactional
	public UserAccount create(ScopedUser administrator, UserForm form) {
		requireAdministrator(administrator);
		String username = Accounts.normalizeUsername(form.username());
		if (!username.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
			throw new UserChangeRejectedException("username", "users.error.username");
		}
		checkCommon(administrator, form);
		String problem = this.accounts.passwordProblem(form.password(), username);
		if (problem != null) {
			throw new UserChangeRejectedException("password", problem);
		}
		if (form.password().equalsIgnoreCase(username)) {
			throw new UserChangeRejectedException("password", "password.error.sameAsUsername");
		}
		NewUser user = new NewUser(username, VietnameseText.clean(form.displayName()), blankToNull(form.email()),
				form.password(), Set.copyOf(form.roles()), form.unitId());
		// The administrator knows this password: the user changes it when first signing
		// in.
		return this.accounts.create(user, administrator.getUsername(), true)
			.orElseThrow(() -> new UserChangeRejectedException("username", "users.error.taken"));
	}

	@Transactional
	public UserAccount change(ScopedUser administrator, long userId, UserForm form) {
		requireAdministrator(administrator);
		StoredUser stored = this.users.findById(userId)
			.filter((user) -> manages(administrator, user.account()))
			.orElseThrow(() -> new UserChangeRejectedException(null, "users.error.notFound"));
		checkCommon(administrator, form);
		if (stored.account().username().equals(administrator.getUsername())
				&& (!form.enabled() || !form.roles().contains(Role.ADMINISTRATOR))) {
			throw new UserChangeRejectedException("roles", "users.error.self");
		}
		if (form.version() == null || !this.users.update(userId, form.version(),
				VietnameseText.clean(form.displayName()), blankToNull(form.email()), form.enabled(), form.unitId())) {
			throw new UserChangeRejectedException(null, "users.error.concurrent");
		}
		this.users.replaceRoles(userId, Set.copyOf(form.roles()));
		UserAccount after = this.users.findById(userId).orElseThrow().account();
		this.auditLog.record(administrator.getUsername(), AuditLog.USER_CHANGED, "user", after.username(),
				after.unitId(), null, Map.of("before", describe(stored.account()), "after", describe(after)));
		if (rightsChanged(stored.account(), after)) {
			this.sessions.endAll(after.username());
		}
		return after;
	}

	/**
	 * An administrator resets a user's password (the user forgot it, or it may be known
	 * to someone else): the typed temporary password, or a generated one when none is
	 * typed, must pass the password policy. Every open session of the user ends, and the
	 * user must change the password when signing in with it. Within the administrator's
	 * scope only (404 outside it, as for a user that does not exist); an administrator
	 * changes their own password on "Đổi mật khẩu" instead.
	 * @return the temporary password, to be handed to the user
	 * @throws UserChangeRejectedException when the typed password breaks the policy, or
	 * the user changed meanwhile; nothing is changed then
	 */
	@Transactional
	public String resetPassword(ScopedUser administrator, long userId, String typedPassword) {
		requireAdministrator(administrator);
		StoredUser stored = this.users.findById(userId)
			.filter((user) -> manages(administrator, user.account()))
			.orElseThrow(() -> new NotFoundException("users.error.notFound"));
		String username = stored.account().username();
		if (username.equals(administrator.getUsername())) {
			throw new UserChangeRejectedException("temporaryPassword", "users.error.resetSelf");
		}
		boolean generated = typedPassword == null || typedPassword.isEmpty();
		String password = typedPassword;
		if (generated) {
			do {
				password = PasswordPolicy.randomPassword();
			}
			while (this.accounts.passwordProblem(password, username) != null);
		}
		else {
			String problem = this.accounts.passwordProblem(typedPassword, username);
			if (problem != null) {
				throw new UserChangeRejectedException("temporaryPassword", problem);
			}
			if (typedPassword.equalsIgnoreCase(username)) {
				throw new UserChangeRejectedException("temporaryPassword", "password.error.sameAsUsername");
			}
		}
		if (!this.users.updatePassword(userId, stored.version(), this.passwordEncoder.encode(password), true)) {
			throw new UserChangeRejectedException(null, "users.error.concurrent");
		}
		int ended = this.sessions.endAll(username);
		this.events.publishEvent(new UserPasswordReset(administrator.getUsername(), username, stored.account().unitId(),
				generated, ended));
		return password;
	}

	/**
	 * Disabled, other roles or another unit: the user's open sessions hold the old rights
	 * and end.
	 */
	static boolean rightsChanged(UserAccount before, UserAccount after) {
		return before.enabled() != after.enabled() || !before.roles().equals(after.roles())
				|| !java.util.Objects.equals(before.unitId(), after.unitId());
	}

	private void checkCommon(ScopedUser administrator, UserForm form) {
		String displayName = VietnameseText.clean(form.displayName());
		if (displayName == null || displayName.isEmpty()) {
			throw new UserChangeRejectedException("displayName", "users.error.displayName");
		}
		if (TextLimits.problem(displayName, 200) != null) {
			throw new UserChangeRejectedException("displayName", "users.error.displayNameTooLong");
		}
		String email = blankToNull(form.email());
		if (email != null && email.length() > 254) {
			throw new UserChangeRejectedException("email", "users.error.emailTooLong");
		}
		if (email != null && !email.matches(EMAIL)) {
			throw new UserChangeRejectedException("email", "users.error.email");
		}
		if (form.roles() == null || form.roles().isEmpty()) {
			throw new UserChangeRejectedException("roles", "users.error.roles");
		}
		if (form.unitId() == null) {
			if (administrator.scopeUnitId() != null) {
				throw new UserChangeRejectedException("unitId", "users.error.unitRequired");
			}
			return;
		}
		Optional<Unit> unit = this.units.find(form.unitId(), UnitScope.today());
		if (unit.isEmpty() || !this.scope.canSee(administrator, form.unitId())) {
			// Outside the administrator's scope: not found, like any object outside it
			// (docs/security.md).
			throw new NotFoundException("users.error.unitOutOfScope");
		}
		if (unit.get().level() == UnitLevel.DISTRICT) {
			throw new UserChangeRejectedException("unitId", "users.error.unitOutOfScope");
		}
	}

	private boolean manages(ScopedUser administrator, UserAccount user) {
		if (administrator.scopeUnitId() == null) {
			return true;
		}
		return user.unitId() != null && this.scope.canSee(administrator, user.unitId());
	}

	private static void requireAdministrator(ScopedUser user) {
		if (!user.administrator()) {
			throw new org.springframework.security.access.AccessDeniedException("Administrators only");
		}
	}

	private static Map<String, Object> describe(UserAccount user) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("displayName", user.displayName());
		map.put("email", (user.email() != null) ? user.email() : "");
		map.put("roles", user.roles().stream().map(Role::name).sorted().toList());
		map.put("unitId", (user.unitId() != null) ? user.unitId() : "");
		map.put("enabled", user.enabled());
		return map;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
