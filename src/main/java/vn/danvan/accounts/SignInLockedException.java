package vn.danvan.accounts;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/**
 * Sign-in refused because too many attempts failed recently; it is possible again after
 * {@link #lockedUntil()}.
 */
public class SignInLockedException extends LockedException {

	private final transient Instant lockedUntil;

	public SignInLockedException(Instant lockedUntil) {
		super("Sign-in temporarily locked until " + lockedUntil);
		this.lockedUntil = lockedUntil;
	}

	public Instant lockedUntil() {
		return this.lockedUntil;
	}

}
