package vn.danvan.accounts.signin;

import vn.danvan.accounts.AccountsProperties;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.DanvanIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits of ADR 21, on the limiter itself (5 failures per user name, 8 per address
 * here; every test its own names and addresses from a documentation range).
 */
@DanvanIntegrationTest
class SignInLimiterTests {

	@Autowired
	JdbcClient jdbc;

	SignInLimiter limiter() {
		return new SignInLimiter(this.jdbc, new AccountsProperties(null, 10, 5, Duration.ofMinutes(15),
				Duration.ofMinutes(15), 8, Duration.ofDays(90)));
	}

	@Test
	void failuresFromElsewhereDoNotLockTheUserOutOfAnAddressThatProvedThePassword() {
		SignInLimiter limiter = limiter();
		String admin = name();
		String office = address();
		String attacker = address();
		limiter.recordSuccess(admin, office);
		for (int i = 0; i < 4; i++) {
			assertThat(limiter.recordFailure(admin, attacker)).isEmpty();
		}
		assertThat(limiter.recordFailure(admin, attacker)).as("the fifth failure locks the user name").isPresent();
		assertThat(limiter.lockedUntil(admin, attacker)).isPresent();
		assertThat(limiter.lockedUntil(admin, address())).as("from any other unknown address too").isPresent();
		assertThat(limiter.lockedUntil(admin, office)).as("but not from the office").isEmpty();
	}

	@Test
	void fromAKnownAddressOnlyItsOwnFailuresCountAndLockOnlyIt() {
		SignInLimiter limiter = limiter();
		String user = name();
		String office = address();
		String home = address();
		limiter.recordSuccess(user, office);
		limiter.recordSuccess(user, home);
		for (int i = 0; i < 4; i++) {
			assertThat(limiter.recordFailure(user, office)).isEmpty();
		}
		assertThat(limiter.recordFailure(user, office)).isPresent();
		assertThat(limiter.lockedUntil(user, office)).isPresent();
		assertThat(limiter.lockedUntil(user, home)).isEmpty();
	}

	@Test
	void guessesSpreadOverManyUserNamesLockTheAddress() {
		SignInLimiter limiter = limiter();
		String sprayer = address();
		String known = name();
		limiter.recordSuccess(known, sprayer);
		for (int i = 0; i < 7; i++) {
			assertThat(limiter.recordFailure(name(), sprayer)).as("one guess per name").isEmpty();
		}
		assertThat(limiter.recordFailure(name(), sprayer)).as("the eighth from the address").isPresent();
		assertThat(limiter.lockedUntil(name(), sprayer)).as("any user name it has not proved").isPresent();
		assertThat(limiter.lockedUntil(name(), address())).as("other addresses are not held").isEmpty();
		assertThat(limiter.lockedUntil(known, sprayer)).as("a user who proved the password there").isEmpty();
	}

	@Test
	void aSuccessForgetsOnlyThatAddressesFailures() {
		SignInLimiter limiter = limiter();
		String user = name();
		String attacker = address();
		String office = address();
		for (int i = 0; i < 3; i++) {
			limiter.recordFailure(user, attacker);
		}
		limiter.recordSuccess(user, office);
		limiter.recordFailure(user, attacker);
		assertThat(limiter.recordFailure(user, attacker)).as("the attacker's count was not reset").isPresent();
	}

	private static String name() {
		return "l" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	private static String address() {
		return "198.51." + (int) (Math.random() * 255) + "." + (int) (Math.random() * 255) + "-"
				+ UUID.randomUUID().toString().substring(0, 4);
	}

}
