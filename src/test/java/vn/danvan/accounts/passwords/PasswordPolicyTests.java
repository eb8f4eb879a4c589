package vn.danvan.accounts.passwords;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void refusesSequencesRepeatsAndCommonPasswords() {
		assertThat(this.policy.problem("1234567890", "canbo")).isEqualTo("password.error.sequence");
		assertThat(this.policy.problem("abcdefghij", "canbo")).isEqualTo("password.error.sequence");
		assertThat(this.policy.problem("qwertyuiop", "canbo")).isEqualTo("password.error.sequence");
		assertThat(this.policy.problem("zzzz-zzzz-zz", "canbo")).isEqualTo("password.error.repeated");
		assertThat(this.policy.problem("password12", "canbo")).isEqualTo("password.error.common");
		assertThat(this.policy.problem("Password2024!", "canbo")).isEqualTo("password.error.common");
		assertThat(this.policy.problem("P@ssw0rd-99", "canbo")).isEqualTo("password.error.common");
		assertThat(this.policy.problem("matkhau@2025", "canbo")).isEqualTo("password.error.common");
		assertThat(this.policy.problem("Anh-yeu-em-2024", "canbo")).isEqualTo("password.error.common");
		assertThat(this.policy.problem("2024-01-01-19", "canbo")).as("digits and signs only")
			.isEqualTo("password.error.common");
		assertThat(this.policy.problem("canbo.2024!", "canbo")).isEqualTo("password.error.likeUsername");
	}

	@Test
	void acceptsPassphrasesEvenWhenTheyHoldACommonWord() {
		assertThat(this.policy.problem("Admin-Test-Password-1", "admin")).isNull();
		assertThat(this.policy.problem("Mat-khau-moi-456", "canbo")).isNull();
		assertThat(this.policy.problem("Hoa sen nở giữa đầm", "canbo")).isNull();
		assertThat(this.policy.problem("k7#Lq9!vR2", "canbo")).isNull();
	}

}
