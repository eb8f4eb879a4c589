package vn.danvan.accounts;

import vn.danvan.accounts.users.UserChangeRejectedException;
import vn.danvan.accounts.users.UserForm;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.shared.security.Role;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.units.RealAdministrativeUnits;
import vn.danvan.units.imports.UnitImports;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators of two provinces (Hà Nội and Huế) and of the whole system manage users:
 * each province's administrator sees and manages only the users of their province, by
 * service, page and API.
 */
@DanvanIntegrationTest
class UserAdministrationTests {

	static final String PASSWORD = "Mat-khau-quan-tri-1";

	@Autowired
	UserAdministration administration;

	@Autowired
	Accounts accounts;

	@Autowired
	UnitImports imports;

	@Autowired
	Units units;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long haNoi;

	long hue;

	long communeOfHaNoi;

	SignedInUser haNoiAdmin;

	SignedInUser hueAdmin;

	@BeforeEach
	void twoProvincesWithTheirAdministrators() throws Exception {
		RealAdministrativeUnits.importOnce(this.imports);
		LocalDate today = UnitScope.today();
		this.haNoi = this.units.findByCode(UnitLevel.PROVINCE, "01", today).orElseThrow().id();
		this.hue = this.units.findByCode(UnitLevel.PROVINCE, "46", today).orElseThrow().id();
		this.communeOfHaNoi = this.units.search("phuong ba dinh", today, this.haNoi, UnitLevel.COMMUNE, 1).get(0).id();
		this.haNoiAdmin = admin(this.haNoi);
		this.hueAdmin = admin(this.hue);
	}

	@Test
	void aProvinceAdministratorCreatesUsersOnlyInsideTheProvince() {
		UserAccount created = this.administration.create(this.haNoiAdmin, form("cb-" + suffix(), this.communeOfHaNoi));
		assertThat(created.unitId()).isEqualTo(this.communeOfHaNoi);
		assertThat(this.administration.list(this.haNoiAdmin, null)).extracting(UserAccount::id).contains(created.id());
		assertThat(this.administration.list(this.hueAdmin, null)).extracting(UserAccount::id)
			.doesNotContain(created.id());
		assertThat(this.administration.find(this.hueAdmin, created.id())).isEmpty();

		assertThatThrownBy(() -> this.administration.create(this.hueAdmin, form("cb-" + suffix(), this.communeOfHaNoi)))
			.isInstanceOf(vn.danvan.shared.errors.NotFoundException.class)
			.hasMessage("users.error.unitOutOfScope");
		assertThatThrownBy(() -> this.administration.create(this.hueAdmin, form("cb-" + suffix(), null)))
			.isInstanceOf(UserChangeRejectedException.class)
			.hasMessage("users.error.unitRequired");
		assertThatThrownBy(() -> this.administration.change(this.hueAdmin, created.id(),
				new UserForm(null, "Đổi tên", null, null, Set.of(Role.VIEWER), this.hue, true, 0)))
			.isInstanceOf(UserChangeRejectedException.class)
			.hasMessage("users.error.notFound");
	}

	@Test
	void badInputIsRefusedAndNothingIsWritten() {
		int before = userCount();
		assertThatThrownBy(() -> this.administration.create(this.haNoiAdmin,
				new UserForm("Tên Có Dấu", "Ai đó", null, PASSWORD, Set.of(Role.VIEWER), this.haNoi, true, null)))
			.hasMessage("users.error.username");
		assertThatThrownBy(() -> this.administration.create(this.haNoiAdmin,
				new UserForm("ok-" + suffix(), "  ", null, PASSWORD, Set.of(Role.VIEWER), this.haNoi, true, null)))
			.hasMessage("users.error.displayName");
		assertThatThrownBy(() -> this.administration.create(this.haNoiAdmin, new UserForm("ok-" + suffix(), "Ai đó",
				"khong-phai-email", PASSWORD, Set.of(Role.VIEWER), this.haNoi, true, null)))
			.hasMessage("users.error.email");
		assertThatThrownBy(() -> this.administration.create(this.haNoiAdmin,
				new UserForm("ok-" + suffix(), "Ai đó", null, PASSWORD, Set.of(), this.haNoi, true, null)))
			.hasMessage("users.error.roles");
		assertThatThrownBy(() -> this.administration.create(this.haNoiAdmin,
				new UserForm("ok-" + suffix(), "Ai đó", null, "ngan", Set.of(Role.VIEWER), this.haNoi, true, null)))
			.hasMessage("password.error.tooShort");
		assertThatThrownBy(
				() -> this.administration
					.create(this.haNoiAdmin,
							new UserForm("trung-ten-dang-nhap", "Ai đó", null, "TRUNG-TEN-DANG-NHAP",
									Set.of(Role.VIEWER), this.haNoi, true, null)))
			.hasMessage("password.error.sameAsUsername");
		assertThat(userCount()).isEqualTo(before);
		SignedInUser reporter = new SignedInUser(
				new UserAccount(0, "x", "x", null, Set.of(Role.REPORTING_OFFICER), true, this.haNoi), null);
		assertThatThrownBy(() -> this.administration.list(reporter, null)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aStaleEditIsRefusedAndChangesAreAuditedWithBeforeAndAfter() {
		UserAccount created = this.administration.create(this.haNoiAdmin, form("cb-" + suffix(), this.communeOfHaNoi));
		int version = this.administration.version(created.id()).orElseThrow();
		this.administration.change(this.haNoiAdmin, created.id(),
				new UserForm(null, "Tên mới", null, null, Set.of(Role.LEADER), this.communeOfHaNoi, true, version));
		assertThatThrownBy(() -> this.administration.change(this.haNoiAdmin, created.id(),
				new UserForm(null, "Ghi đè", null, null, Set.of(Role.VIEWER), this.communeOfHaNoi, true, version)))
			.hasMessage("users.error.concurrent");
		assertThat(this.accounts.findByUsername(created.username()).orElseThrow().displayName()).isEqualTo("Tên mới");
		String details = this.jdbc.sql("""
				select details::text from accounts.audit_log where action = 'USER_CHANGED' and target_id = :u
				""").param("u", created.username()).query(String.class).single();
		assertThat(details).contains("\"before\"").contains("\"after\"").contains("Tên mới").contains("LEADER");
	}

	@Test
	void theApiListsAndCreatesUsersWithinScope() throws Exception {
		String haNoiAdminName = this.haNoiAdmin.getUsername();
		String username = "api-" + suffix();
		this.mvc
			.perform(post("/api/v1/users").with(httpBasic(haNoiAdminName, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "%s", "displayName": "Trần Văn B", "password": "Mat-khau-moi-123",
						 "roles": ["REPORTING_OFFICER"], "unitId": %d}
						""".formatted(username, this.communeOfHaNoi)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value(username));
		this.mvc.perform(get("/api/v1/users").with(httpBasic(haNoiAdminName, PASSWORD)))
			.andExpect(jsonPath("$[*].username", hasItem(username)));
		this.mvc.perform(get("/api/v1/users").with(httpBasic(this.hueAdmin.getUsername(), PASSWORD)))
			.andExpect(jsonPath("$[*].username", not(hasItem(username))));
		this.mvc
			.perform(post("/api/v1/users").with(httpBasic(this.hueAdmin.getUsername(), PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "%s", "displayName": "X", "password": "Mat-khau-moi-123",
						 "roles": ["VIEWER"], "unitId": %d}
						""".formatted("api-" + suffix(), this.communeOfHaNoi)))
			// outside the administrator's scope: not found (docs/security.md)
			.andExpect(status().isNotFound())
			.andExpect(
					jsonPath("$.detail").value("Đơn vị không tồn tại hoặc nằm ngoài phạm vi quản lý của tài khoản."));
		this.mvc.perform(get("/api/v1/users").with(httpBasic("admin", DanvanIntegrationTest.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$[*].username", hasItem(username)));
	}

	@Test
	void thePagesLetAnAdministratorAddAUserAndRefuseOthers() throws Exception {
		Cookie session = signIn(this.haNoiAdmin.getUsername(), PASSWORD);
		this.mvc.perform(get("/admin/users").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Người dùng")));
		this.mvc.perform(get("/admin/users/new").param("unitQuery", "ba dinh").cookie(session))
			.andExpect(content().string(containsString("Phường Ba Đình")));
		String username = "trang-" + suffix();
		this.mvc
			.perform(post("/admin/users/new").cookie(session)
				.with(csrf())
				.param("username", username)
				.param("displayName", "Lê Thị C")
				.param("password", "Mat-khau-moi-123")
				.param("roles", "REPORTING_OFFICER", "VIEWER")
				.param("unitId", Long.toString(this.communeOfHaNoi))
				.param("enabled", "true"))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		assertThat(this.accounts.findByUsername(username)).hasValueSatisfying(
				(user) -> assertThat(user.roles()).containsExactlyInAnyOrder(Role.REPORTING_OFFICER, Role.VIEWER));
		this.mvc
			.perform(post("/admin/users/new").cookie(session)
				.with(csrf())
				.param("username", "x")
				.param("displayName", "")
				.param("password", "Mat-khau-moi-123")
				.param("roles", "VIEWER"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Tên đăng nhập gồm 2–64 ký tự")));

		Cookie hueSession = signIn(this.hueAdmin.getUsername(), PASSWORD);
		long id = this.accounts.findByUsername(username).orElseThrow().id();
		this.mvc.perform(get("/admin/users/" + id).cookie(hueSession).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound());
	}

	@Test
	void aProvinceAdministratorReadsOnlyTheAuditLogOfTheProvince() throws Exception {
		long communeOfHue = this.units.children(this.hue, UnitScope.today())
			.stream()
			.filter((unit) -> unit.level() == UnitLevel.COMMUNE)
			.findFirst()
			.orElseThrow()
			.id();
		String inHaNoi = "nk-" + suffix();
		String inHue = "nk-" + suffix();
		this.administration.create(this.haNoiAdmin, form(inHaNoi, this.communeOfHaNoi));
		this.administration.create(this.hueAdmin, form(inHue, communeOfHue));

		Cookie session = signIn(this.haNoiAdmin.getUsername(), PASSWORD);
		this.mvc.perform(get("/admin/audit").param("action", "USER_CREATED").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(inHaNoi)))
			.andExpect(content().string(not(containsString(inHue))));
		this.mvc.perform(get("/admin/audit").param("unit", Long.toString(communeOfHue)).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(inHue))));
		String communeName = this.units.find(this.communeOfHaNoi, UnitScope.today()).orElseThrow().fullName();
		this.mvc.perform(get("/admin/audit").param("unit", Long.toString(this.communeOfHaNoi)).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(inHaNoi)))
			.andExpect(content().string(containsString(communeName)));
		Cookie system = signIn("admin", DanvanIntegrationTest.ADMIN_PASSWORD);
		this.mvc.perform(get("/admin/audit").param("action", "USER_CREATED").cookie(system))
			.andExpect(content().string(containsString(inHaNoi)))
			.andExpect(content().string(containsString(inHue)));
	}

	SignedInUser admin(long unitId) {
		String username = "qt-" + suffix();
		UserAccount account = this.accounts
			.create(new NewUser(username, "Quản trị tỉnh", null, PASSWORD, Set.of(Role.ADMINISTRATOR), unitId), "test")
			.orElseThrow();
		return new SignedInUser(account, null);
	}

	UserForm form(String username, Long unitId) {
		return new UserForm(username, "Cán bộ " + username, username + "@danvan.vn", "Mat-khau-can-bo-1",
				Set.of(Role.REPORTING_OFFICER), unitId, true, null);
	}

	Cookie signIn(String username, String password) throws Exception {
		return this.mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
			.andReturn()
			.getResponse()
			.getCookie("DANVAN_SESSION");
	}

	int userCount() {
		return this.jdbc.sql("select count(*) from accounts.app_user").query(Integer.class).single();
	}

	static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
