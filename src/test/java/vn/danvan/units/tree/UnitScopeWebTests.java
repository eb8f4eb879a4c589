package vn.danvan.units.tree;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.shared.security.Role;
import vn.danvan.units.RealAdministrativeUnits;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.Units;
import vn.danvan.units.UnitsTestSupport;
import vn.danvan.units.imports.UnitImports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.danvan.units.UnitsTestSupport.MARCH_2025;

/**
 * Two reporting officers, of Hà Nội (01) and of Huế (46): each sees their province and
 * what lies below it, today and as of 01/3/2025, and gets 404 for everything of the
 * other, on pages and API alike; search does not reveal the other's units.
 */
@DanvanIntegrationTest
class UnitScopeWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitImports imports;

	@Autowired
	Units units;

	@Autowired
	Accounts accounts;

	Province haNoi;

	Province hue;

	@BeforeEach
	void twoProvincesAndTheirOfficers() throws Exception {
		RealAdministrativeUnits.importOnce(this.imports);
		LocalDate today = UnitsTestSupport.today();
		this.haNoi = province("01", today);
		this.hue = province("46", today);
	}

	Province province(String code, LocalDate today) throws Exception {
		Unit province = this.units.findByCode(UnitLevel.PROVINCE, code, today).orElseThrow();
		Unit commune = this.units.children(province.id(), today).get(0);
		Unit district = this.units.children(province.id(), MARCH_2025).get(0);
		String username = UnitsTestSupport.createUser(this.accounts, Role.REPORTING_OFFICER, province.id());
		Cookie session = UnitsTestSupport.signIn(this.mvc, username, UnitsTestSupport.PASSWORD);
		return new Province(province, commune, district, username, session);
	}

	@Test
	void eachOfficerBrowsesTheirOwnProvince() throws Exception {
		for (Province own : new Province[] { this.haNoi, this.hue }) {
			this.mvc.perform(get("/units").cookie(own.session()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(own.province().fullName())))
				.andExpect(content().string(containsString(own.commune().fullName())));
			this.mvc.perform(get("/units/{id}", own.commune().id()).cookie(own.session())).andExpect(status().isOk());
			this.mvc
				.perform(get("/units").param("unit", String.valueOf(own.district().id()))
					.param("asOf", "2025-03-01")
					.cookie(own.session()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(own.district().fullName())));
			this.mvc.perform(get("/api/v1/units/{id}", own.commune().id()).with(basic(own)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.ancestors.length()").value(1))
				.andExpect(jsonPath("$.ancestors[0].id").value(own.province().id()));
			this.mvc.perform(get("/api/v1/units").with(basic(own)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.units[*].fullName", hasItem(own.commune().fullName())));
		}
	}

	@Test
	void neitherOfficerSeesTheOthersUnitsOnPages() throws Exception {
		assertInvisibleOnPages(this.haNoi, this.hue);
		assertInvisibleOnPages(this.hue, this.haNoi);
	}

	@Test
	void neitherOfficerSeesTheOthersUnitsInTheApi() throws Exception {
		assertInvisibleInApi(this.haNoi, this.hue);
		assertInvisibleInApi(this.hue, this.haNoi);
	}

	@Test
	void searchDoesNotRevealTheOthersUnits() throws Exception {
		this.mvc.perform(get("/units").param("q", "hue").cookie(this.haNoi.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.hue.province().fullName()))));
		this.mvc.perform(get("/units").param("q", "ba dinh").cookie(this.hue.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không tìm thấy đơn vị nào")))
			.andExpect(content().string(not(containsString("Phường Ba Đình"))));
		this.mvc.perform(get("/api/v1/units").param("q", "ba dinh").with(basic(this.hue)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units.length()").value(0));
		this.mvc.perform(get("/api/v1/units").param("q", "ba dinh").with(basic(this.haNoi)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units[*].fullName", hasItem("Phường Ba Đình")));
	}

	@Test
	void aUserBoundToNoUnitSeesNoUnit() throws Exception {
		String username = UnitsTestSupport.createUser(this.accounts, Role.VIEWER, null);
		Cookie session = UnitsTestSupport.signIn(this.mvc, username, UnitsTestSupport.PASSWORD);
		this.mvc.perform(get("/units").param("q", "ha noi").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tài khoản chưa được gán đơn vị")))
			.andExpect(content().string(not(containsString(this.haNoi.province().fullName()))))
			.andExpect(content().string(not(containsString("đơn vị trực thuộc"))));
		this.mvc.perform(get("/units/{id}", this.haNoi.province().id()).cookie(session))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/units").param("unit", String.valueOf(this.haNoi.province().id())).cookie(session))
			.andExpect(status().isNotFound());
		RequestPostProcessor credentials = httpBasic(username, UnitsTestSupport.PASSWORD);
		this.mvc.perform(get("/api/v1/units").with(credentials))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units.length()").value(0));
		this.mvc.perform(get("/api/v1/units").param("q", "ha noi").with(credentials))
			.andExpect(jsonPath("$.units.length()").value(0));
		this.mvc.perform(get("/api/v1/units/{id}", this.haNoi.province().id()).with(credentials))
			.andExpect(status().isNotFound());
	}

	private void assertInvisibleOnPages(Province viewer, Province other) throws Exception {
		Cookie session = viewer.session();
		for (Unit unit : new Unit[] { other.province(), other.commune() }) {
			this.mvc.perform(get("/units/{id}", unit.id()).cookie(session)).andExpect(status().isNotFound());
			this.mvc.perform(get("/units").param("unit", String.valueOf(unit.id())).cookie(session))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/units/{id}", other.district().id()).param("asOf", "2025-03-01").cookie(session))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/units").param("unit", String.valueOf(other.district().id()))
				.param("asOf", "2025-03-01")
				.cookie(session))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/units").cookie(session))
			.andExpect(content().string(not(containsString(other.province().fullName()))));
	}

	private void assertInvisibleInApi(Province viewer, Province other) throws Exception {
		RequestPostProcessor credentials = basic(viewer);
		for (Unit unit : new Unit[] { other.province(), other.commune() }) {
			this.mvc.perform(get("/api/v1/units/{id}", unit.id()).with(credentials))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.detail").value("Không tìm thấy đơn vị."));
			this.mvc.perform(get("/api/v1/units/{id}/history", unit.id()).with(credentials))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/api/v1/units").param("parent", String.valueOf(unit.id())).with(credentials))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/api/v1/units/{id}", other.district().id()).param("asOf", "2025-03-01").with(credentials))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/units").param("parent", String.valueOf(other.district().id()))
				.param("asOf", "2025-03-01")
				.with(credentials))
			.andExpect(status().isNotFound());
	}

	private static RequestPostProcessor basic(Province province) {
		return httpBasic(province.username(), UnitsTestSupport.PASSWORD);
	}

	record Province(Unit province, Unit commune, Unit district, String username, Cookie session) {
	}

}
