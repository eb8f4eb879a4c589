package vn.danvan.accounts;

import vn.danvan.accounts.passwords.PasswordChangeRejectedException;
import vn.danvan.accounts.passwords.PasswordPolicy;
import vn.danvan.accounts.signin.SignInLimiter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.security.Role;
import vn.danvan.accounts.UserRepository.StoredUser;
import vn.danvan.shared.time.VietnamTime;

/**
 * Users: look them up, create them, change their password. Every change is written to the
 * {@link AuditLog}.
 */
@Service
public class Accounts {

	/**
	 * BCrypt uses only the first 72 bytes of a password; longer ones are refused rather
	 * than silently cut.
	 */
	static final int MAX_PASSWORD_BYTES = 72;

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy = new PasswordPolicy();

	private final AuditLog auditLog;

	private final AccountsProperties properties;

	private final SignInLimiter limiter;

	Accounts(UserRepository users, PasswordEncoder passwordEncoder, AuditLog auditLog, AccountsProperties properties,
			SignInLimiter limiter) {
		this.limiter = limiter;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
		this.properties = properties;
	}

	/**
	 * User names are case-insensitive and stored in lower case.
	 */
	public static String normalizeUsername(String username) {
		return (username != null) ? username.trim().toLowerCase(Locale.ROOT) : "";
	}

	@Transactional(readOnly = true)
	public Optional<UserAccount> findByUsername(String username) {
		return this.users.findByUsername(normalizeUsername(username)).map(StoredUser::account);
	}

	/**
	 * The user as a signed-in session holds them (without the password hash), for work
	 * done on a user's behalf outside a request.
	 */
	@Transactional(readOnly = true)
	public Optional<SignedInUser> principal(String username) {
		return this.users.findByUsername(normalizeUsername(username))
			.map((stored) -> new SignedInUser(stored.account(), null, stored.mustChangePassword()));
	}

	/**
	 * True when the user's password was given by an administrator (initial or reset) and
	 * the user has not changed it yet: until then they may do nothing but change it.
	 */
	@Transactional(readOnly = true)
	public boolean mustChangePassword(String username) {
		return this.users.findByUsername(normalizeUsername(username)).map(StoredUser::mustChangePassword).orElse(false);
	}

	/**
	 * The people behind user names, to show "Trần Thị Thu Hà" rather than
	 * "tinh.quangngai": each known user name with its display name (unknown names, such
	 * as the system's own actors, are left out).
	 */
	@Transactional(readOnly = true)
	public java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
		return this.users.displayNames(usernames.stream()
			.filter(java.util.Objects::nonNull)
			.map(Accounts::normalizeUsername)
			.distinct()
			.toList());
	}

	/**
	 * The enabled users whose unit is the given one.
	 */
	@Transactional(readOnly = true)
	public java.util.List<UserAccount> usersOfUnit(long unitId) {
		return this.users.findByUnit(unitId);
	}

	/**
	 * Creates a user, or returns empty when the user name is already taken.
	 * @param actor who creates the user, for the audit log ({@code null} for the system)
	 */
	@Transactional
	public Optional<UserAccount> create(NewUser user, String actor) {
		return create(user, actor, false);
	}

	/**
	 * Creates a user, or returns empty when the user name is already taken.
	 * @param actor who creates the user, for the audit log ({@code null} for the system)
	 * @param mustChangePassword the password is one an administrator gave (or one
	 * generated and logged): the user must change it when first signing in
	 */
	@Transactional
	public Optional<UserAccount> create(NewUser user, String actor, boolean mustChangePassword) {
		String username = normalizeUsername(user.username());
		if (!username.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
			throw new IllegalArgumentException("Invalid user name: " + user.username());
		}
		String problem = passwordProblem(user.password(), user.username());
		if (problem != null) {
			throw new IllegalArgumentException("Invalid initial password for " + username + ": " + problem);
		}
		Optional<Long> id = this.users.insertIfAbsent(username, user.displayName().trim(), user.email(),
				this.passwordEncoder.encode(user.password()), user.unitId(), mustChangePassword);
		id.ifPresent((userId) -> {
			this.users.addRoles(userId, user.roles());
			this.auditLog.record(actor, AuditLog.USER_CREATED, "user", username, user.unitId(), null,
					Map.of("after", Map.of("username", username, "displayName", user.displayName(), "roles",
							user.roles().stream().map(Role::name).sorted().toList())));
		});
		return id.flatMap((userId) -> findByUsername(username));
	}

	/**
	 * Changes the user's own password after checking the current one.
	 * @throws PasswordChangeRejectedException when the current password is wrong, the new
	 * one breaks the policy, or the account was changed concurrently; nothing is changed
	 * then
	 */
	@Transactional(noRollbackFor = PasswordChangeRejectedException.class)
	public void changePassword(String username, String currentPassword, String newPassword, String remoteIp) {
		StoredUser stored = this.users.findByUsername(normalizeUsername(username))
			.orElseThrow(() -> new PasswordChangeRejectedException("currentPassword", "password.error.unknownUser"));
		if (currentPassword == null || currentPassword.isEmpty()) {
			throw new PasswordChangeRejectedException("currentPassword", "password.error.currentRequired");
		}
		// Throttled like sign-in (ADR 21): a session left open must not let anyone guess
		// the password.
		String name = stored.account().username();
		Optional<Instant> locked = this.limiter.lockedUntil(name, remoteIp);
		if (locked.isPresent()) {
			throw new PasswordChangeRejectedException("currentPassword", "password.error.locked",
					VietnamTime.formatTime(locked.get()));
		}
		if (!this.passwordEncoder.matches(currentPassword, stored.passwordHash())) {
			Optional<Instant> lockedNow = this.limiter.recordFailure(name, remoteIp);
			this.auditLog.record(name, AuditLog.SIGN_IN_FAILED, "user", name, remoteIp,
					Map.of("reason", "current-password-wrong"));
			if (lockedNow.isPresent()) {
				this.auditLog.record(name, AuditLog.SIGN_IN_LOCKED, "user", name, remoteIp,
						Map.of("lockedUntil", lockedNow.get().toString()));
				throw new PasswordChangeRejectedException("currentPassword", "password.error.locked",
						VietnamTime.formatTime(lockedNow.get()));
			}
			throw new PasswordChangeRejectedException("currentPassword", "password.error.currentWrong");
		}
		if (newPassword == null || newPassword.isEmpty()) {
			throw new PasswordChangeRejectedException("newPassword", "password.error.newRequired");
		}
		String problem = passwordProblem(newPassword, stored.account().username());
		if (problem != null) {
			throw new PasswordChangeRejectedException("newPassword", problem, this.properties.minPasswordLength());
		}
		if (newPassword.equals(currentPassword)) {
			throw new PasswordChangeRejectedException("newPassword", "password.error.sameAsCurrent");
		}
		if (newPassword.equalsIgnoreCase(stored.account().username())) {
			throw new PasswordChangeRejectedException("newPassword", "password.error.sameAsUsername");
		}
		if (!this.users.updatePassword(stored.account().id(), stored.version(),
				this.passwordEncoder.encode(newPassword), false)) {
			throw new PasswordChangeRejectedException("currentPassword", "password.error.concurrent");
		}
		this.auditLog.record(stored.account().username(), AuditLog.PASSWORD_CHANGED, "user",
				stored.account().username(), remoteIp, Map.of());
	}

	/**
	 * The message key of what is wrong with a new password, or {@code null} when it is
	 * acceptable.
	 */
	String passwordProblem(String password, String username) {
		if (password == null || password.codePointCount(0, password.length()) < this.properties.minPasswordLength()) {
			return "password.error.tooShort";
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			return "password.error.tooLong";
		}
		if (password.isBlank()) {
			return "password.error.blank";
		}
		return this.passwordPolicy.problem(password, username);
	}

}
