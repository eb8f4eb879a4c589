package vn.danvan.accounts;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.danvan.shared.security.Role;
import vn.danvan.DanvanIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DanvanIntegrationTest
class PasswordChangeTests {

	static final String OLD = "Mat-khau-cu-123";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void showsTheFormInVietnamese() throws Exception {
		SignedInUser user = newUser();
		this.mvc.perform(get("/account/password").with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mật khẩu hiện tại")))
			.andExpect(content().string(containsString("Ít nhất 10 ký tự")));
	}

	@Test
	void changesThePasswordAndAuditsIt() throws Exception {
		SignedInUser user = newUser();
		change(user, OLD, "Mat-khau-moi-456", "Mat-khau-moi-456").andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("successKey", "password.changed"));
		assertThat(matches(user, "Mat-khau-moi-456")).isTrue();
		assertThat(matches(user, OLD)).isFalse();
		assertThat(auditCount(user, AuditLog.PASSWORD_CHANGED)).isEqualTo(1);
	}

	@Test
	void refusesATooShortPassword() throws Exception {
		SignedInUser user = newUser();
		change(user, OLD, "ngan", "ngan").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Mật khẩu mới phải có ít nhất 10 ký tự.")));
		assertUnchanged(user);
	}

	@Test
	void refusesTheSamePasswordAgain() throws Exception {
		SignedInUser user = newUser();
		change(user, OLD, OLD, OLD).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Mật khẩu mới phải khác mật khẩu hiện tại.")));
		assertUnchanged(user);
	}

	@Test
	void refusesAWrongCurrentPassword() throws Exception {
		SignedInUser user = newUser();
		change(user, "khong-phai-mat-khau", "Mat-khau-moi-456", "Mat-khau-moi-456")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Mật khẩu hiện tại không đúng.")));
		assertUnchanged(user);
	}

	@Test
	void refusesCommonAndEasilyGuessedPasswords() throws Exception {
		SignedInUser user = newUser();
		change(user, OLD, "1234567890", "1234567890").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("dãy ký tự liên tiếp dễ đoán")));
		change(user, OLD, "password12", "password12").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Mật khẩu mới quá phổ biến")));
		change(user, OLD, "P@ssw0rd-2024!", "P@ssw0rd-2024!").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Mật khẩu mới quá phổ biến")));
		change(user, OLD, "Matkhau@2024", "Matkhau@2024").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Mật khẩu mới quá phổ biến")));
		change(user, OLD, "xxxxxxxxxxxx", "xxxxxxxxxxxx").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("lặp một ký tự")));
		assertUnchanged(user);
		change(user, OLD, "Hoa-sen-no-giua-dam", "Hoa-sen-no-giua-dam").andExpect(redirectedUrl("/"));
	}

	@Test
	void theCurrentPasswordCheckIsLimitedLikeSignIn() throws Exception {
		SignedInUser user = newUser();
		for (int i = 0; i < 4; i++) {
			change(user, "sai-" + i, "Mat-khau-moi-456", "Mat-khau-moi-456")
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Mật khẩu hiện tại không đúng.")));
		}
		change(user, "sai-4", "Mat-khau-moi-456", "Mat-khau-moi-456").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("quá nhiều lần")));
		// Locked: even the right current password is not checked now.
		change(user, OLD, "Mat-khau-moi-456", "Mat-khau-moi-456").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("quá nhiều lần")));
		assertUnchanged(user);
		assertThat(auditCount(user, AuditLog.SIGN_IN_LOCKED)).isEqualTo(1);
	}

	@Test
	void refusesAMismatchedConfirmation() throws Exception {
		SignedInUser user = newUser();
		change(user, OLD, "Mat-khau-moi-456", "Mat-khau-moi-789").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Mật khẩu nhập lại không khớp với mật khẩu mới.")));
		assertUnchanged(user);
	}

	@Test
	void refusesEmptyFields() throws Exception {
		SignedInUser user = newUser();
		change(user, "", "", "").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Vui lòng nhập mật khẩu hiện tại.")));
		assertUnchanged(user);
	}

	@Test
	void refusesAPasswordLongerThanBcryptReads() throws Exception {
		SignedInUser user = newUser();
		String tooLong = "Đ".repeat(40);
		change(user, OLD, tooLong, tooLong).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("quá dài")));
		assertUnchanged(user);
	}

	@Test
	void aPostWithoutCsrfTokenChangesNothing() throws Exception {
		SignedInUser user = newUser();
		this.mvc
			.perform(post("/account/password").with(user(user))
				.param("currentPassword", OLD)
				.param("newPassword", "Mat-khau-moi-456")
				.param("confirmPassword", "Mat-khau-moi-456")
				.accept("text/html"))
			.andExpect(status().isForbidden());
		assertUnchanged(user);
	}

	@Test
	void aConcurrentChangeIsRefusedNotOverwritten() {
		SignedInUser user = newUser();
		this.jdbc.sql("update accounts.app_user set version = version + 1 where username = :u")
			.param("u", user.getUsername())
			.update();
		// Someone else changed the account after it was read at version 0: the stale
		// write must not land.
		UserRepository repository = new UserRepository(this.jdbc);
		assertThat(repository.updatePassword(user.id(), 0, "{bcrypt}x", false)).isFalse();
		assertUnchanged(user);
	}

	ResultActions change(SignedInUser user, String current, String next, String confirm) throws Exception {
		return this.mvc.perform(post("/account/password").with(user(user))
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmPassword", confirm));
	}

	SignedInUser newUser() {
		String username = "p" + UUID.randomUUID().toString().substring(0, 12);
		UserAccount account = this.accounts
			.create(new NewUser(username, "Người đổi mật khẩu", null, OLD, Set.of(Role.VIEWER), null), "test")
			.orElseThrow();
		return new SignedInUser(account, null);
	}

	boolean matches(SignedInUser user, String password) {
		String hash = this.jdbc.sql("select password_hash from accounts.app_user where username = :u")
			.param("u", user.getUsername())
			.query(String.class)
			.single();
		return this.passwordEncoder.matches(password, hash);
	}

	void assertUnchanged(SignedInUser user) {
		assertThat(matches(user, OLD)).isTrue();
		assertThat(auditCount(user, AuditLog.PASSWORD_CHANGED)).isZero();
	}

	int auditCount(SignedInUser user, String action) {
		return this.jdbc.sql("select count(*) from accounts.audit_log where actor = :u and action = :a")
			.param("u", user.getUsername())
			.param("a", action)
			.query(Integer.class)
			.single();
	}

}
