package vn.danvan.accounts.signin;

import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.AuditLog;
import vn.danvan.accounts.MissingCredentialsException;
import vn.danvan.accounts.SignInLockedException;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the sign-in limit, then the password; counts and audits every failure and locks
 * the user name after too many. Used by form sign-in and by HTTP Basic on the API alike.
 */
public class LimitedAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwordCheck;

	private final SignInLimiter limiter;

	private final AuditLog auditLog;

	public LimitedAuthenticationProvider(AuthenticationProvider passwordCheck, SignInLimiter limiter,
			AuditLog auditLog) {
		this.passwordCheck = passwordCheck;
		this.limiter = limiter;
		this.auditLog = auditLog;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = Accounts.normalizeUsername(authentication.getName());
		Object password = authentication.getCredentials();
		String remoteIp = remoteIp(authentication);
		if (username.isEmpty() || password == null || password.toString().isEmpty()) {
			this.auditLog.record(username.isEmpty() ? null : username, AuditLog.SIGN_IN_FAILED, "user",
					username.isEmpty() ? null : username, remoteIp, Map.of("reason", "empty-fields"));
			throw new MissingCredentialsException();
		}
		Optional<Instant> lockedUntil = this.limiter.lockedUntil(username, remoteIp);
		if (lockedUntil.isPresent()) {
			this.auditLog.record(username, AuditLog.SIGN_IN_FAILED, "user", username, remoteIp,
					Map.of("reason", "locked"));
			throw new SignInLockedException(lockedUntil.get());
		}
		UsernamePasswordAuthenticationToken normalized = UsernamePasswordAuthenticationToken.unauthenticated(username,
				password);
		normalized.setDetails(authentication.getDetails());
		try {
			Authentication result = this.passwordCheck.authenticate(normalized);
			this.limiter.recordSuccess(username, remoteIp);
			return result;
		}
		catch (BadCredentialsException ex) {
			Optional<Instant> lockedNow = this.limiter.recordFailure(username, remoteIp);
			this.auditLog.record(username, AuditLog.SIGN_IN_FAILED, "user", username, remoteIp,
					Map.of("reason", "bad-credentials"));
			if (lockedNow.isPresent()) {
				this.auditLog.record(username, AuditLog.SIGN_IN_LOCKED, "user", username, remoteIp,
						Map.of("lockedUntil", lockedNow.get().toString()));
				throw new SignInLockedException(lockedNow.get());
			}
			throw ex;
		}
		catch (DisabledException ex) {
			this.auditLog.record(username, AuditLog.SIGN_IN_FAILED, "user", username, remoteIp,
					Map.of("reason", "disabled"));
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	static String remoteIp(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

}
