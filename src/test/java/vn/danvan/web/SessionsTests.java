package vn.danvan.web;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.NewUser;
import vn.danvan.shared.security.Role;
import vn.danvan.accounts.UserAccount;
import vn.danvan.accounts.UserAdministration;
import vn.danvan.accounts.users.UserForm;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions as two browsers of the same person see them, over real HTTP with sessions
 * stored in PostgreSQL.
 */
@DanvanIntegrationTest
class SessionsTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	UserAdministration administration;

	@Autowired
	vn.danvan.units.Units units;

	@Autowired
	vn.danvan.units.tree.UnitAdministration unitAdministration;

	@Test
	void changingThePasswordSignsOutTheOtherSessionsButKeepsThisOne() throws Exception {
		String username = "phien-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(
				new NewUser(username, "Hai trình duyệt", null, "Mat-khau-cu-123", Set.of(Role.VIEWER), null), "test");
		SignedInClient office = new SignedInClient(this.port).signIn(username, "Mat-khau-cu-123");
		SignedInClient phone = new SignedInClient(this.port).signIn(username, "Mat-khau-cu-123");
		assertThat(phone.get("/").statusCode()).isEqualTo(200);

		String token = SignedInClient.csrfToken(office.get("/account/password").body());
		HttpResponse<String> changed = office.postForm("/account/password",
				"currentPassword=Mat-khau-cu-123&newPassword=Mat-khau-moi-456&confirmPassword=Mat-khau-moi-456&_csrf="
						+ SignedInClient.encode(token));
		assertThat(changed.statusCode()).isEqualTo(302);

		assertThat(office.get("/").statusCode()).as("the session that changed the password stays signed in")
			.isEqualTo(200);
		HttpResponse<String> other = phone.get("/");
		assertThat(other.statusCode()).as("the other session is signed out").isEqualTo(302);
		assertThat(other.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
	}

	@Test
	void disablingAUserOrChangingTheirRolesOrUnitEndsEveryOpenSessionOfTheirsAtOnce() throws Exception {
		assertEnds((user) -> form(user, user.roles(), user.unitId(), false), "disabled");
		assertEnds((user) -> form(user, Set.of(Role.VIEWER), user.unitId(), true), "demoted to viewer");
		Long otherUnit = anyUnit();
		assertEnds((user) -> form(user, user.roles(), otherUnit, true), "moved to another unit");
	}

	@Test
	void aChangeThatKeepsTheRightsKeepsTheSessions() throws Exception {
		String username = officer();
		SignedInClient browser = new SignedInClient(this.port).signIn(username, PASSWORD);
		UserAccount user = this.accounts.findByUsername(username).orElseThrow();
		this.administration.change(admin(), user.id(),
				new UserForm(username, "Tên mới", null, "", user.roles(), user.unitId(), true, version(user)));
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
	}

	static final String PASSWORD = "Mat-khau-can-bo-123";

	void assertEnds(java.util.function.Function<UserAccount, UserForm> change, String what) throws Exception {
		String username = officer();
		SignedInClient office = new SignedInClient(this.port).signIn(username, PASSWORD);
		SignedInClient phone = new SignedInClient(this.port).signIn(username, PASSWORD);
		assertThat(office.get("/directives/new").statusCode()).isEqualTo(200);
		this.administration.change(admin(), this.accounts.findByUsername(username).orElseThrow().id(),
				change.apply(this.accounts.findByUsername(username).orElseThrow()));
		for (SignedInClient browser : java.util.List.of(office, phone)) {
			HttpResponse<String> after = browser.get("/directives/new");
			assertThat(after.statusCode()).as("a session of a user %s", what).isEqualTo(302);
			assertThat(after.headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
		}
	}

	/** A unit of today's tree; one made for the test when this test runs alone. */
	Long anyUnit() {
		var roots = this.units.roots(vn.danvan.units.UnitScope.today());
		if (!roots.isEmpty()) {
			return roots.get(0).id();
		}
		String code = "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
		return this.unitAdministration.create(new vn.danvan.units.tree.NewUnit(code, "Trung ương " + code, null,
				vn.danvan.units.UnitKind.CENTRE, null, java.time.LocalDate.of(2020, 1, 1)), "test");
	}

	String officer() {
		String username = "quyen-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(
				new NewUser(username, "Cán bộ đổi quyền", null, PASSWORD, Set.of(Role.COMMISSION_OFFICER), null),
				"test");
		return username;
	}

	UserForm form(UserAccount user, Set<Role> roles, Long unitId, boolean enabled) {
		return new UserForm(user.username(), user.displayName(), user.email(), "", roles, unitId, enabled,
				version(user));
	}

	Integer version(UserAccount user) {
		return this.administration.version(user.id()).orElseThrow();
	}

	vn.danvan.accounts.SignedInUser admin() {
		return this.accounts.principal("admin").orElseThrow();
	}

}
