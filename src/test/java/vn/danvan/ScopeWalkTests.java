package vn.danvan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.NewUser;
import vn.danvan.shared.security.Role;
import vn.danvan.accounts.UserAccount;
import vn.danvan.units.RealAdministrativeUnits;
import vn.danvan.units.Unit;
import vn.danvan.units.imports.UnitImports;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Walks every page and API endpoint that takes a unit or a user as administrators of two
 * provinces (Hà Nội and Huế): each reaches its own province's units and users and gets
 * "not found" for the other's, so that neither can even learn what the other has.
 */
@DanvanIntegrationTest
class ScopeWalkTests {

	static final String PASSWORD = "Mat-khau-pham-vi-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Units units;

	@Autowired
	UnitImports imports;

	Province haNoi;

	Province hue;

	@BeforeEach
	void twoProvinces() throws Exception {
		RealAdministrativeUnits.importOnce(this.imports);
		this.haNoi = province("01");
		this.hue = province("46");
	}

	@Test
	void neitherProvinceSeesTheOther() throws Exception {
		for (Province[] pair : new Province[][] { { this.haNoi, this.hue }, { this.hue, this.haNoi } }) {
			Province own = pair[0];
			Province other = pair[1];
			Cookie session = signIn(own.admin().username());
			for (String page : pages(own)) {
				assertThat(status(get(page).cookie(session).accept(MediaType.TEXT_HTML))).as(page).isEqualTo(200);
			}
			for (String page : pages(other)) {
				assertThat(status(get(page).cookie(session).accept(MediaType.TEXT_HTML))).as(page).isEqualTo(404);
			}
			for (String api : apis(own)) {
				assertThat(status(get(api).with(httpBasic(own.admin().username(), PASSWORD)))).as(api).isEqualTo(200);
			}
			for (String api : apis(other)) {
				assertThat(status(get(api).with(httpBasic(own.admin().username(), PASSWORD)))).as(api).isEqualTo(404);
			}
			String users = this.mvc.perform(get("/api/v1/users").with(httpBasic(own.admin().username(), PASSWORD)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(users).contains(own.officer().username()).doesNotContain(other.officer().username());
			String search = this.mvc
				.perform(get("/api/v1/units").param("q", other.commune().name())
					.with(httpBasic(own.admin().username(), PASSWORD)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(search).doesNotContain("\"id\":" + other.commune().id() + ",");
		}
	}

	@Test
	void anOfficerOfACommuneSeesNeitherTheProvinceAboveNorTheOtherProvince() throws Exception {
		Cookie session = signIn(this.haNoi.officer().username());
		assertThat(this.mvc.perform(get("/").cookie(session)).andReturn().getResponse().getContentAsString())
			.as("the home page names the officer's scope")
			.contains(this.haNoi.commune().fullName() + "</a>")
			.contains("và các đơn vị trực thuộc");
		assertThat(status(get("/units/" + this.haNoi.commune().id()).cookie(session))).isEqualTo(200);
		assertThat(status(get("/units/" + this.haNoi.province().id()).cookie(session))).isEqualTo(404);
		assertThat(status(get("/units/" + this.hue.commune().id()).cookie(session))).isEqualTo(404);
		assertThat(status(get("/admin/users").cookie(session).accept(MediaType.TEXT_HTML))).isEqualTo(403);
		assertThat(status(get("/api/v1/units/" + this.hue.province().id())
			.with(httpBasic(this.haNoi.officer().username(), PASSWORD)))).isEqualTo(404);
	}

	List<String> pages(Province province) {
		long unit = province.commune().id();
		return List.of("/units/" + unit, "/units/" + unit + "?asOf=2025-03-01", "/units?unit=" + unit,
				"/units/" + unit + "/edit", "/units/new?parent=" + unit, "/units/" + unit + "/close",
				"/units/successions/new?from=" + unit, "/admin/users/" + province.officer().id());
	}

	List<String> apis(Province province) {
		long unit = province.commune().id();
		return List.of("/api/v1/units/" + unit, "/api/v1/units/" + unit + "/history", "/api/v1/units?parent=" + unit);
	}

	Province province(String code) {
		LocalDate today = UnitScope.today();
		Unit province = this.units.findByCode(UnitLevel.PROVINCE, code, today).orElseThrow();
		Unit commune = this.units.descendants(province.id(), today, UnitLevel.COMMUNE).get(0);
		UserAccount admin = user(province.id(), Role.ADMINISTRATOR);
		UserAccount officer = user(commune.id(), Role.REPORTING_OFFICER);
		return new Province(province, commune, admin, officer);
	}

	UserAccount user(long unitId, Role role) {
		String username = "pv-" + UUID.randomUUID().toString().substring(0, 10);
		return this.accounts
			.create(new NewUser(username, "Phạm vi " + username, null, PASSWORD, Set.of(role), unitId), "test")
			.orElseThrow();
	}

	Cookie signIn(String username) throws Exception {
		return this.mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andReturn()
			.getResponse()
			.getCookie("DANVAN_SESSION");
	}

	int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		return result.getResponse().getStatus();
	}

	record Province(Unit province, Unit commune, UserAccount admin, UserAccount officer) {
	}

}
