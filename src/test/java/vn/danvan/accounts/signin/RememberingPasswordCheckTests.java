package vn.danvan.accounts.signin;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class RememberingPasswordCheckTests {

	final AtomicInteger checks = new AtomicInteger();

	final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

	final PasswordEncoder counting = new PasswordEncoder() {

		@Override
		public String encode(CharSequence rawPassword) {
			return RememberingPasswordCheckTests.this.bcrypt.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			RememberingPasswordCheckTests.this.checks.incrementAndGet();
			return RememberingPasswordCheckTests.this.bcrypt.matches(rawPassword, encodedPassword);
		}

	};

	@Test
	void aMatchIsRememberedButNeverAFailureNorAnotherHash() {
		RememberingPasswordCheck check = new RememberingPasswordCheck(this.counting);
		String hash = this.bcrypt.encode("Mat-khau-dung-1");
		assertThat(check.matches("Mat-khau-dung-1", hash)).isTrue();
		assertThat(check.matches("Mat-khau-dung-1", hash)).isTrue();
		assertThat(this.checks).hasValue(1);
		assertThat(check.matches("Mat-khau-sai-1", hash)).isFalse();
		assertThat(check.matches("Mat-khau-sai-1", hash)).isFalse();
		assertThat(this.checks).hasValue(3);
		String changed = this.bcrypt.encode("Mat-khau-moi-1");
		assertThat(check.matches("Mat-khau-dung-1", changed)).isFalse();
		assertThat(check.matches("Mat-khau-moi-1", changed)).isTrue();
		assertThat(this.checks).hasValue(5);
	}

}
