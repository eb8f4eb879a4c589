package vn.danvan.units.tree;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.units.RealAdministrativeUnits;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.Units;
import vn.danvan.units.UnitsTestSupport;
import vn.danvan.units.imports.UnitImports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.danvan.units.UnitsTestSupport.MARCH_2025;

/**
 * {@code /api/v1/units}: lists, search, a unit with its ancestors, history, and the 400
 * and 404 problems.
 */
@DanvanIntegrationTest
class UnitsApiControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitImports imports;

	@Autowired
	Units units;

	@Autowired
	Accounts accounts;

	String administrator;

	@BeforeEach
	void importRealData() throws Exception {
		RealAdministrativeUnits.importOnce(this.imports);
		this.administrator = RealAdministrativeUnits.centreAdministrator(this.accounts, this.units);
	}

	/**
	 * An administrator of the real centre (other tests add trees of their own beside it).
	 */
	RequestPostProcessor admin() {
		return httpBasic(this.administrator, RealAdministrativeUnits.CENTRE_ADMINISTRATOR_PASSWORD);
	}

	@Test
	void listsProvincesAsOfADate() throws Exception {
		this.mvc.perform(get("/api/v1/units").param("level", "PROVINCE").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.units.length()").value(34))
			.andExpect(jsonPath("$.units[0].name").value("An Giang"));
		this.mvc.perform(get("/api/v1/units").param("level", "province").param("asOf", "2025-03-01").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.asOf").value("2025-03-01"))
			.andExpect(jsonPath("$.units.length()").value(63))
			.andExpect(jsonPath("$.units[*].fullName", hasItem("Tỉnh Kon Tum")));
		this.mvc.perform(get("/api/v1/units").with(admin()))
			.andExpect(jsonPath("$.units.length()").value(34))
			.andExpect(jsonPath("$.units[*].level", everyItem(is("PROVINCE"))));
		this.mvc.perform(get("/api/v1/units").with(httpBasic("admin", DanvanIntegrationTest.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.units[*].level", everyItem(is("CENTRAL"))))
			.andExpect(jsonPath("$.units[*].code", hasItem("VN")));
	}

	@Test
	void listsChildrenOfAParentAndSearchesWithoutDiacritics() throws Exception {
		Unit haNoi = this.units.findByCode(UnitLevel.PROVINCE, "01", MARCH_2025).orElseThrow();
		this.mvc
			.perform(get("/api/v1/units").param("parent", String.valueOf(haNoi.id()))
				.param("asOf", "2025-03-01")
				.with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units[*].fullName", hasItem("Quận Ba Đình")))
			.andExpect(jsonPath("$.units[0].level").value("DISTRICT"))
			.andExpect(jsonPath("$.units[0].parentId").value(haNoi.id()));
		this.mvc.perform(get("/api/v1/units").param("q", "dak lak").param("level", "PROVINCE").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units.length()").value(1))
			.andExpect(jsonPath("$.units[0].fullName").value("Tỉnh Đắk Lắk"))
			.andExpect(jsonPath("$.units[0].kind").value("PROVINCE"));
	}

	@Test
	void aUnitComesWithItsAncestors() throws Exception {
		Unit commune = this.units.search("phuong ba dinh", UnitsTestSupport.today(), null, UnitLevel.COMMUNE, 1).get(0);
		this.mvc.perform(get("/api/v1/units/{id}", commune.id()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit.id").value(commune.id()))
			.andExpect(jsonPath("$.unit.fullName").value("Phường Ba Đình"))
			.andExpect(jsonPath("$.unit.level").value("COMMUNE"))
			.andExpect(jsonPath("$.unit.validFrom").value("2025-07-01"))
			.andExpect(jsonPath("$.unit.validTo").doesNotExist())
			.andExpect(jsonPath("$.ancestors[0].name").value("Hà Nội"))
			.andExpect(jsonPath("$.ancestors[1].name").value("Trung ương"));
		this.mvc.perform(get("/api/v1/units/{id}", commune.id()).param("asOf", "2025-03-01").with(admin()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theHistoryOfKonTumLeadsToQuangNgai() throws Exception {
		Unit konTum = this.units.findByCode(UnitLevel.PROVINCE, "62", MARCH_2025).orElseThrow();
		this.mvc.perform(get("/api/v1/units/{id}/history", konTum.id()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.versions[0].fullName").value("Tỉnh Kon Tum"))
			.andExpect(jsonPath("$.versions[0].validTo").value("2025-07-01"))
			.andExpect(jsonPath("$.became[0].toName").value("Tỉnh Quảng Ngãi"))
			.andExpect(jsonPath("$.became[0].onDate").value("2025-07-01"))
			.andExpect(jsonPath("$.became[0].partial").value(false))
			.andExpect(jsonPath("$.currentUnits[0].unit.code").value("51"))
			.andExpect(jsonPath("$.currentUnits[0].approximate").value(false))
			.andExpect(jsonPath("$.hiddenOutsideScope").value(0));
		this.mvc.perform(get("/api/v1/units/{id}", konTum.id()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit.fullName").value("Tỉnh Kon Tum"))
			.andExpect(jsonPath("$.asOf").value("2025-06-30"));
	}

	@Test
	void badInputIsA400ProblemInVietnamese() throws Exception {
		this.mvc.perform(get("/api/v1/units").param("asOf", "2025-13-01").with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").value(containsString("không phải ngày hợp lệ")))
			.andExpect(jsonPath("$.instance").value("/api/v1/units"));
		this.mvc.perform(get("/api/v1/units").param("level", "HAMLET").with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("Cấp \"HAMLET\" không hợp lệ")));
		this.mvc.perform(get("/api/v1/units/khong-phai-so").with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("không hợp lệ")));
		this.mvc.perform(get("/api/v1/units").param("level", "HAMLET").header("Accept-Language", "en").with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("Unknown level")));
	}

	@Test
	void anUnknownUnitIsA404Problem() throws Exception {
		this.mvc.perform(get("/api/v1/units/{id}", Long.MAX_VALUE).with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Không tìm thấy đơn vị."));
		this.mvc.perform(get("/api/v1/units/{id}/history", Long.MAX_VALUE).with(admin()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/units").param("parent", String.valueOf(Long.MAX_VALUE)).with(admin()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theApiRequiresCredentials() throws Exception {
		this.mvc.perform(get("/api/v1/units")).andExpect(status().isUnauthorized());
	}

}
