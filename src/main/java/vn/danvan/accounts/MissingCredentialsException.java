package vn.danvan.accounts;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * Sign-in attempted with an empty user name or password; not counted as a failed attempt.
 */
public class MissingCredentialsException extends BadCredentialsException {

	public MissingCredentialsException() {
		super("User name and password are required");
	}

}
