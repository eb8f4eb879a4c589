package vn.danvan.accounts.signin;

import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.AuditLog;
import vn.danvan.accounts.NewUser;

import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.shared.security.Role;
import vn.danvan.DanvanIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DanvanIntegrationTest
class SignInTests {

	static final String PASSWORD = "Mat-khau-dung-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void signsInWithTheRightPasswordAndAuditsIt() throws Exception {
		String username = newUser();
		this.mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/"));
		assertThat(auditCount(username, AuditLog.SIGN_IN_SUCCEEDED)).isEqualTo(1);
	}

	@Test
	void userNamesAreCaseInsensitive() throws Exception {
		String username = newUser();
		this.mvc
			.perform(post("/login").param("username", " " + username.toUpperCase() + " ")
				.param("password", PASSWORD)
				.with(csrf()))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void wrongPasswordAndUnknownUserGetTheSameAnswer() throws Exception {
		String username = newUser();
		this.mvc.perform(post("/login").param("username", username).param("password", "sai-mat-khau").with(csrf()))
			.andExpect(redirectedUrl("/login?error=bad"));
		this.mvc
			.perform(post("/login").param("username", "khong-ton-tai-" + UUID.randomUUID())
				.param("password", "sai-mat-khau")
				.with(csrf()))
			.andExpect(redirectedUrl("/login?error=bad"));
		assertThat(auditCount(username, AuditLog.SIGN_IN_FAILED)).isEqualTo(1);
		this.mvc.perform(get("/login").param("error", "bad"))
			.andExpect(content().string(containsString("Tên đăng nhập hoặc mật khẩu không đúng")));
	}

	@Test
	void emptyFieldsAreAskedForAndNotCounted() throws Exception {
		String username = newUser();
		this.mvc.perform(post("/login").param("username", username).param("password", "").with(csrf()))
			.andExpect(redirectedUrl("/login?error=empty"));
		this.mvc.perform(post("/login").param("username", "").param("password", "x").with(csrf()))
			.andExpect(redirectedUrl("/login?error=empty"));
		assertThat(failureCount(username)).as("not counted towards the lock").isZero();
		assertThat(auditCount(username, AuditLog.SIGN_IN_FAILED)).as("but audited").isEqualTo(1);
		this.mvc.perform(get("/login").param("error", "empty"))
			.andExpect(content().string(containsString("Vui lòng nhập tên đăng nhập và mật khẩu.")));
	}

	@Test
	void fiveFailuresLockTheUserNameEvenForTheRightPassword() throws Exception {
		String username = newUser();
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(post("/login").param("username", username).param("password", "sai-" + i).with(csrf()))
				.andExpect(redirectedUrl("/login?error=bad"));
		}
		this.mvc.perform(post("/login").param("username", username).param("password", "sai-5").with(csrf()))
			.andExpect(redirectedUrlPattern("/login?error=locked&until=*"));
		this.mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrlPattern("/login?error=locked&until=*"));
		assertThat(auditCount(username, AuditLog.SIGN_IN_LOCKED)).isEqualTo(1);
		assertThat(auditCount(username, AuditLog.SIGN_IN_SUCCEEDED)).isZero();
		this.mvc.perform(get("/login").param("error", "locked").param("until", "10:15"))
			.andExpect(content().string(containsString(
					"Tài khoản tạm thời bị khóa do đăng nhập sai 5 lần liên tiếp. " + "Vui lòng thử lại sau 10:15.")));
	}

	@Test
	void theLockEndsAfterItsDuration() throws Exception {
		String username = newUser();
		this.jdbc
			.sql("insert into accounts.sign_in_lock (username, locked_until) values (:u, now() - interval '1 second')")
			.param("u", username)
			.update();
		this.mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aSignInFormWithoutCsrfTokenAsksToSignInAgain() throws Exception {
		String username = newUser();
		this.mvc.perform(post("/login").param("username", username).param("password", PASSWORD))
			.andExpect(redirectedUrl("/login?error=expired"));
		assertThat(auditCount(username, AuditLog.SIGN_IN_SUCCEEDED)).isZero();
	}

	@Test
	void aDisabledUserCannotSignInAndAWrongPasswordDoesNotRevealTheAccountExists() throws Exception {
		String username = newUser();
		this.jdbc.sql("update accounts.app_user set enabled = false where username = :u").param("u", username).update();
		this.mvc.perform(post("/login").param("username", username).param("password", "sai").with(csrf()))
			.andExpect(redirectedUrl("/login?error=bad"));
		this.mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?error=disabled"));
	}

	@Test
	void signOutIsAudited() throws Exception {
		String username = newUser();
		Cookie session = this.mvc
			.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andReturn()
			.getResponse()
			.getCookie("DANVAN_SESSION");
		this.mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		assertThat(auditCount(username, AuditLog.SIGNED_OUT)).isEqualTo(1);
	}

	String newUser() {
		String username = "u" + UUID.randomUUID().toString().substring(0, 12);
		this.accounts.create(
				new NewUser(username, "Người dùng " + username, null, PASSWORD, Set.of(Role.REPORTING_OFFICER), null),
				"test");
		return username;
	}

	int auditCount(String username, String action) {
		return this.jdbc.sql("select count(*) from accounts.audit_log where actor = :u and action = :a")
			.param("u", username)
			.param("a", action)
			.query(Integer.class)
			.single();
	}

	int failureCount(String username) {
		return this.jdbc.sql("select count(*) from accounts.sign_in_failure where username = :u")
			.param("u", username)
			.query(Integer.class)
			.single();
	}

}
