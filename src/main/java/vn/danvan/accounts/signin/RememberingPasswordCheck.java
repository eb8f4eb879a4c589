package vn.danvan.accounts.signin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt on every API call (HTTP Basic is stateless) costs tens of milliseconds of CPU
 * per request; this check remembers, for a few minutes, that a password matched a stored
 * hash. The memory holds only an HMAC, under a key made at start and never stored, of the
 * password together with the stored hash, so a changed password (a new hash) is never
 * matched from memory; failures are never remembered. See ADR 12.
 */
public final class RememberingPasswordCheck implements PasswordEncoder {

	static final Duration REMEMBER_FOR = Duration.ofMinutes(5);

	private static final int MAX_ENTRIES = 10_000;

	private final PasswordEncoder delegate;

	private final SecretKeySpec key;

	private final Map<String, Long> matched = new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
			return size() > MAX_ENTRIES;
		}

	};

	public RememberingPasswordCheck(PasswordEncoder delegate) {
		this.delegate = delegate;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return this.delegate.matches(rawPassword, encodedPassword);
		}
		String fingerprint = fingerprint(rawPassword, encodedPassword);
		long now = System.nanoTime();
		synchronized (this.matched) {
			Long at = this.matched.get(fingerprint);
			if (at != null && now - at < REMEMBER_FOR.toNanos()) {
				return true;
			}
		}
		boolean matches = this.delegate.matches(rawPassword, encodedPassword);
		if (matches) {
			synchronized (this.matched) {
				this.matched.put(fingerprint, now);
			}
		}
		return matches;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

	private String fingerprint(CharSequence rawPassword, String encodedPassword) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(mac.doFinal());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
