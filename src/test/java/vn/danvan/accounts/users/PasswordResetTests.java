package vn.danvan.accounts.users;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.NewUser;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.accounts.UserAccount;
import vn.danvan.accounts.UserAdministration;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.shared.security.Role;
import vn.danvan.units.tree.NewUnit;
import vn.danvan.units.tree.UnitAdministration;
import vn.danvan.units.UnitKind;
import vn.danvan.web.SignedInClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An administrator resets a user's password (issue 20): within their scope only, the
 * user's sessions end, the line is audited without the password, and the user, like a
 * user an administrator created, must change the password before anything else (pages and
 * API). Over real HTTP with sessions stored in PostgreSQL.
 */
@DanvanIntegrationTest
class PasswordResetTests {

	static final String PASSWORD = "Mat-khau-nguoi-dung-1";

	static final Pattern TEMPORARY = Pattern.compile("id=\"temporary-password\">([^<]+)<");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserAdministration administration;

	@Autowired
	UnitAdministration units;

	@Autowired
	JdbcClient jdbc;

	long province;

	long commune;

	long otherProvince;

	@BeforeEach
	void aProvinceWithACommuneAndAnotherProvince() {
		String prefix = "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
		long centre = this.units.create(
				new NewUnit(prefix, "Trung ương " + prefix, null, UnitKind.CENTRE, null, ReportingFixture.START),
				"test");
		this.province = this.units.create(new NewUnit(prefix + "P", "Tỉnh Đặt Lại " + prefix, null, UnitKind.PROVINCE,
				centre, ReportingFixture.START), "test");
		this.commune = this.units.create(new NewUnit(prefix + "C", "Xã Đặt Lại " + prefix, null, UnitKind.COMMUNE,
				this.province, ReportingFixture.START), "test");
		this.otherProvince = this.units.create(new NewUnit(prefix + "Q", "Tỉnh Khác " + prefix, null, UnitKind.PROVINCE,
				centre, ReportingFixture.START), "test");
	}

	@Test
	void aResetEndsTheSessionsIsAuditedAndTheUserMustChangeThePasswordFirst() throws Exception {
		String username = newUser(Role.COMMISSION_OFFICER, this.commune);
		SignedInClient office = new SignedInClient(this.port).signIn(username, PASSWORD);
		SignedInClient phone = new SignedInClient(this.port).signIn(username, PASSWORD);
		assertThat(office.get("/directives/new").statusCode()).isEqualTo(200);
		SignedInUser provinceAdmin = principal(newUser(Role.ADMINISTRATOR, this.province));
		long id = id(username);

		String page = this.mvc.perform(post("/admin/users/{id}/password", id).with(user(provinceAdmin)).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher shown = TEMPORARY.matcher(page);
		assertThat(shown.find()).as("the temporary password shown once: %s", page).isTrue();
		String temporary = shown.group(1);
		assertThat(page).contains("Các phiên đăng nhập của người dùng đã kết thúc");

		for (SignedInClient browser : java.util.List.of(office, phone)) {
			HttpResponse<String> after = browser.get("/directives/new");
			assertThat(after.statusCode()).as("an open session after the reset").isEqualTo(302);
			assertThat(after.headers().firstValue("Location"))
				.hasValueSatisfying((l) -> assertThat(l).endsWith("/login"));
		}
		assertThat(api(username, PASSWORD).statusCode()).as("the old password").isEqualTo(401);

		String details = this.jdbc.sql("""
				select actor || ' ' || target_id || ' ' || details::text from accounts.audit_log
				 where action = 'PASSWORD_RESET' and target_id = :u
				""").param("u", username).query(String.class).single();
		assertThat(details).startsWith(provinceAdmin.getUsername() + " " + username)
			.contains("\"generated\": true")
			.contains("\"sessionsEnded\": 2")
			.doesNotContain(temporary);

		assertMustChangeThenWorks(username, temporary);
	}

	@Test
	void aTypedTemporaryPasswordMustPassThePolicyAndAUserAnAdministratorCreatedMustChangeTheirs() throws Exception {
		String username = newUser(Role.VIEWER, this.commune);
		SignedInUser provinceAdmin = principal(newUser(Role.ADMINISTRATOR, this.province));
		String hash = hash(username);
		String page = this.mvc
			.perform(post("/admin/users/{id}/password", id(username)).param("temporaryPassword", "password12")
				.with(user(provinceAdmin))
				.with(csrf()))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isEqualTo(422))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("quá phổ biến");
		assertThat(hash(username)).isEqualTo(hash);
		assertThat(auditLines(username)).isZero();

		this.mvc
			.perform(post("/admin/users/{id}/password", id(username)).param("temporaryPassword", "Tam-thoi-Dat-Lai-7")
				.with(user(provinceAdmin))
				.with(csrf()))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isEqualTo(200));
		assertThat(auditLines(username)).isEqualTo(1);
		assertMustChangeThenWorks(username, "Tam-thoi-Dat-Lai-7");

		String created = "moi-" + UUID.randomUUID().toString().substring(0, 8);
		this.administration.create(provinceAdmin, new UserForm(created, "Người mới", null, "Mat-khau-ban-dau-9",
				Set.of(Role.REPORTING_OFFICER), this.commune, true, null));
		assertMustChangeThenWorks(created, "Mat-khau-ban-dau-9");
	}

	@Test
	void aResetOutsideTheScopeIsRefusedAndChangesNothing() throws Exception {
		String provinceUser = newUser(Role.COMMISSION_OFFICER, this.province);
		String hash = hash(provinceUser);
		long id = id(provinceUser);
		SignedInClient browser = new SignedInClient(this.port).signIn(provinceUser, PASSWORD);
		// A commune's administrator does not manage the province's users, another
		// province's neither: 404, as for a user that does not exist.
		for (SignedInUser admin : java.util.List.of(principal(newUser(Role.ADMINISTRATOR, this.commune)),
				principal(newUser(Role.ADMINISTRATOR, this.otherProvince)))) {
			this.mvc.perform(
					post("/admin/users/{id}/password", id).with(user(admin)).with(csrf()).accept(MediaType.TEXT_HTML))
				.andExpect((result) -> assertThat(result.getResponse().getStatus()).isEqualTo(404));
		}
		// Someone who is not an administrator: 403.
		this.mvc
			.perform(post("/admin/users/{id}/password", id)
				.with(user(principal(newUser(Role.COMMISSION_OFFICER, this.province))))
				.with(csrf())
				.accept(MediaType.TEXT_HTML))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isEqualTo(403));
		// An administrator resets their own password on "Đổi mật khẩu", not here.
		SignedInUser self = principal(newUser(Role.ADMINISTRATOR, this.province));
		this.mvc.perform(post("/admin/users/{id}/password", self.id()).with(user(self)).with(csrf()))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isEqualTo(422));
		assertThat(hash(provinceUser)).isEqualTo(hash);
		assertThat(auditLines(provinceUser)).isZero();
		assertThat(browser.get("/").statusCode()).as("the user's session goes on").isEqualTo(200);
	}

	@Test
	void theNewUserFormMakesTheAdministratorChooseTheUnit() throws Exception {
		SignedInUser system = this.accounts.principal("admin").orElseThrow();
		String form = this.mvc.perform(get("/admin/users/new").with(user(system)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains("Chưa chọn đơn vị.").doesNotContain("Toàn hệ thống (mọi đơn vị)");
		assertThat(form).doesNotContainPattern("id=\"wholeSystem\"[^>]*checked");
		String username = "chon-" + UUID.randomUUID().toString().substring(0, 8);
		String refused = this.mvc
			.perform(post("/admin/users/new").with(user(system))
				.with(csrf())
				.param("username", username)
				.param("displayName", "Chưa chọn đơn vị")
				.param("password", "Mat-khau-ban-dau-9")
				.param("roles", "VIEWER")
				.param("enabled", "true"))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isEqualTo(422))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("Vui lòng chọn đơn vị của người dùng");
		assertThat(this.accounts.findByUsername(username)).isEmpty();
		this.mvc
			.perform(post("/admin/users/new").with(user(system))
				.with(csrf())
				.param("username", username)
				.param("displayName", "Quản trị cả hệ thống")
				.param("password", "Mat-khau-ban-dau-9")
				.param("roles", "ADMINISTRATOR")
				.param("wholeSystem", "true")
				.param("enabled", "true"))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isEqualTo(302));
		assertThat(this.accounts.findByUsername(username))
			.hasValueSatisfying((created) -> assertThat(created.unitId()).isNull());
		// A unit's administrator is offered their unit, not given it.
		String unitForm = this.mvc
			.perform(get("/admin/users/new").with(user(principal(newUser(Role.ADMINISTRATOR, this.province)))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(unitForm).contains("Chưa chọn đơn vị.")
			.contains("value=\"" + this.province + "\"")
			.doesNotContainPattern("value=\"" + this.province + "\"[^>]*checked")
			.doesNotContain("id=\"wholeSystem\"");
	}

	/**
	 * Signs in with the given password: the user is sent to "Đổi mật khẩu", every other
	 * page and the API refuse until they change it; afterwards everything opens, in the
	 * same session.
	 */
	void assertMustChangeThenWorks(String username, String password) throws Exception {
		SignedInClient browser = new SignedInClient(this.port);
		String token = csrfToken(browser.get("/login").body());
		HttpResponse<String> signedIn = browser.postForm("/login",
				"username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/account/password"));
		for (String path : java.util.List.of("/", "/directives", "/reporting", "/v3/api-docs")) {
			HttpResponse<String> refused = browser.get(path);
			assertThat(refused.statusCode()).as("GET %s before the change", path).isEqualTo(302);
			assertThat(refused.headers().firstValue("Location"))
				.hasValueSatisfying((l) -> assertThat(l).endsWith("/account/password"));
		}
		HttpResponse<String> passwordPage = browser.get("/account/password");
		assertThat(passwordPage.statusCode()).isEqualTo(200);
		assertThat(passwordPage.body())
			.contains("Bạn đang dùng mật khẩu ban đầu hoặc mật khẩu do quản trị viên đặt lại");
		token = csrfToken(passwordPage.body());
		HttpResponse<String> post = browser.postForm("/notifications/read", "_csrf=" + encode(token));
		assertThat(post.statusCode()).as("a write before the change").isEqualTo(302);
		assertThat(post.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/account/password"));

		HttpResponse<String> api = api(username, password);
		assertThat(api.statusCode()).as("the API before the change").isEqualTo(403);
		assertThat(api.body()).contains("đổi mật khẩu").contains("api.error.passwordChangeRequired");

		String newPassword = "Doi-ngay-Mat-khau-" + UUID.randomUUID().toString().substring(0, 6);
		HttpResponse<String> changed = browser.postForm("/account/password",
				"currentPassword=" + encode(password) + "&newPassword=" + encode(newPassword) + "&confirmPassword="
						+ encode(newPassword) + "&_csrf=" + encode(token));
		assertThat(changed.statusCode()).isEqualTo(302);
		HttpResponse<String> home = browser.get("/");
		assertThat(home.statusCode()).as("home after the change, same session").isEqualTo(200);
		assertThat(home.body()).doesNotContain("id=\"must-change-password\"");
		assertThat(api(username, newPassword).statusCode()).as("the API after the change").isEqualTo(200);
		assertThat(this.accounts.mustChangePassword(username)).isFalse();
		new SignedInClient(this.port).signIn(username, newPassword);
	}

	HttpResponse<String> api(String username, String password) throws Exception {
		String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/me"))
				.header("Authorization", "Basic " + basic)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	String newUser(Role role, long unit) {
		String username = "dl" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		this.accounts.create(new NewUser(username, "Người " + username, null, PASSWORD, Set.of(role), unit), "test");
		return username;
	}

	SignedInUser principal(String username) {
		return this.accounts.principal(username).orElseThrow();
	}

	long id(String username) {
		return this.accounts.findByUsername(username).map(UserAccount::id).orElseThrow();
	}

	String hash(String username) {
		return this.jdbc.sql("select password_hash from accounts.app_user where username = ?")
			.param(username)
			.query(String.class)
			.single();
	}

	int auditLines(String username) {
		return this.jdbc
			.sql("select count(*) from accounts.audit_log where action = 'PASSWORD_RESET' and target_id = ?")
			.param(username)
			.query(Integer.class)
			.single();
	}

	static String csrfToken(String html) {
		Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
