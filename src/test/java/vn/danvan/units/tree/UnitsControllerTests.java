package vn.danvan.units.tree;

import java.net.http.HttpResponse;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.shared.security.Role;
import vn.danvan.units.RealAdministrativeUnits;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.Units;
import vn.danvan.units.UnitsTestSupport;
import vn.danvan.units.imports.UnitImports;
import vn.danvan.web.SignedInClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.danvan.units.UnitsTestSupport.MARCH_2025;

/**
 * The tree page and the unit page, as an administrator of the real centre and as a
 * reporting officer, on the real data.
 */
@DanvanIntegrationTest
class UnitsControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitImports imports;

	@Autowired
	Units units;

	@Autowired
	Accounts accounts;

	@LocalServerPort
	int port;

	Cookie admin;

	@BeforeEach
	void importRealDataAndSignIn() throws Exception {
		RealAdministrativeUnits.importOnce(this.imports);
		this.admin = UnitsTestSupport.signIn(this.mvc,
				RealAdministrativeUnits.centreAdministrator(this.accounts, this.units),
				RealAdministrativeUnits.CENTRE_ADMINISTRATOR_PASSWORD);
	}

	@Test
	void theTreeShows34ProvincesTodayAnd63OnTheFirstOfMarch2025() throws Exception {
		this.mvc.perform(get("/units").cookie(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Đơn vị · Danvan</title>")))
			.andExpect(content().string(containsString("Có 34 đơn vị trực thuộc")))
			.andExpect(content().string(containsString("Thành phố Hà Nội")))
			.andExpect(content().string(containsString("Thành phố trực thuộc trung ương")))
			.andExpect(content().string(containsString("Hôm nay")))
			.andExpect(content().string(containsString("01/03/2025 (trước sắp xếp)")))
			.andExpect(content().string(not(containsString("Tỉnh Kon Tum"))));
		this.mvc.perform(get("/units").param("asOf", "2025-03-01").cookie(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cơ cấu tổ chức ngày 01/03/2025")))
			.andExpect(content().string(containsString("Có 63 đơn vị trực thuộc")))
			.andExpect(content().string(containsString("Tỉnh Kon Tum")));
	}

	@Test
	void aProvinceAsOfMarch2025ShowsItsDistrictsWithBreadcrumbs() throws Exception {
		Unit haNoi = this.units.findByCode(UnitLevel.PROVINCE, "01", MARCH_2025).orElseThrow();
		this.mvc.perform(
				get("/units").param("unit", String.valueOf(haNoi.id())).param("asOf", "2025-03-01").cookie(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Quận Ba Đình")))
			.andExpect(content().string(containsString("Huyện (lịch sử)")))
			.andExpect(content().string(containsString("Trung ương</a>")))
			.andExpect(content().string(containsString("aria-current=\"page\">Thành phố Hà Nội</li>")));
		this.mvc.perform(get("/units").param("unit", String.valueOf(haNoi.id())).cookie(this.admin))
			.andExpect(content().string(containsString("Phường Ba Đình")))
			.andExpect(content().string(containsString("Phường</td>")))
			.andExpect(content().string(not(containsString("Quận Ba Đình"))));
	}

	@Test
	void searchIgnoresDiacriticsAndAnswersHtmxWithTheResultsFragment() throws Exception {
		this.mvc.perform(get("/units").param("q", "dak lak").cookie(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tỉnh Đắk Lắk")))
			.andExpect(content().string(containsString("<html")));
		this.mvc.perform(get("/units").param("q", "dak lak").header("HX-Request", "true").cookie(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"unit-results\""), containsString("Tỉnh Đắk Lắk"),
					not(containsString("<html")), not(containsString("Có 34 đơn vị")))));
		this.mvc.perform(get("/units").param("q", "kon tum").param("asOf", "2025-03-01").cookie(this.admin))
			.andExpect(content().string(containsString("Tỉnh Kon Tum")));
		this.mvc.perform(get("/units").param("q", "khong co don vi nay").cookie(this.admin))
			.andExpect(content().string(containsString("Không tìm thấy đơn vị nào")));
	}

	@Test
	void searchingTodayForAMergedProvinceShowsWhatItBecame() throws Exception {
		Unit konTum = this.units.findByCode(UnitLevel.PROVINCE, "62", MARCH_2025).orElseThrow();
		String page = this.mvc.perform(get("/units").param("q", "kon tum").cookie(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Phường Kon Tum")
			.contains("id=\"former-results\"")
			.contains("<a href=\"/units/" + konTum.id() + "\">Tỉnh Kon Tum</a>")
			.contains("(đã sáp nhập vào Tỉnh Quảng Ngãi từ 01/07/2025)")
			.doesNotContain("Không tìm thấy đơn vị nào");
		// Before the merge Tỉnh Kon Tum is a unit of the tree, not a former one.
		String before = this.mvc
			.perform(get("/units").param("q", "kon tum").param("asOf", "2025-03-01").cookie(this.admin))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(before).contains("Tỉnh Kon Tum").doesNotContain("đã sáp nhập vào");
		// A province elsewhere does not see it (what it became lies outside its scope).
		Unit haNoi = this.units.findByCode(UnitLevel.PROVINCE, "01", UnitsTestSupport.today()).orElseThrow();
		String officer = UnitsTestSupport.createUser(this.accounts, Role.REPORTING_OFFICER, haNoi.id());
		Cookie session = UnitsTestSupport.signIn(this.mvc, officer, UnitsTestSupport.PASSWORD);
		assertThat(this.mvc.perform(get("/units").param("q", "kon tum").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("Tỉnh Kon Tum").doesNotContain("đã sáp nhập vào");
	}

	@Test
	void aUnitThatNoLongerExistsShowsItsHistoryAndWhatItIsNowPartOf() throws Exception {
		Unit konTum = this.units.findByCode(UnitLevel.PROVINCE, "62", MARCH_2025).orElseThrow();
		this.mvc.perform(get("/units/{id}", konTum.id()).cookie(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tỉnh Kon Tum")))
			.andExpect(content().string(containsString("Không còn tồn tại")))
			.andExpect(content().string(containsString("Ngừng hiệu lực từ ngày 01/07/2025")))
			.andExpect(content().string(not(containsString("không rõ"))))
			.andExpect(content().string(not(containsString("href=\"/units/" + konTum.id() + "/edit\""))))
			.andExpect(content().string(not(containsString("href=\"/units/" + konTum.id() + "/close\""))))
			.andExpect(content().string(not(containsString("Đóng đơn vị"))))
			.andExpect(content().string(containsString("href=\"/admin/audit?unit=" + konTum.id() + "\"")))
			.andExpect(content().string(containsString("Nay thuộc")))
			.andExpect(content().string(containsString("Tỉnh Quảng Ngãi")))
			.andExpect(content().string(containsString("Trở thành")))
			.andExpect(content().string(containsString("Sáp nhập, ngày 01/07/2025")));

		Unit ngocHa = this.units.findByCode(UnitLevel.COMMUNE, "00016", MARCH_2025).orElseThrow();
		this.mvc.perform(get("/units/{id}", ngocHa.id()).cookie(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phường Ngọc Hà")))
			.andExpect(content().string(containsString("Nay thuộc")))
			.andExpect(content().string(containsString("Phường Ba Đình")))
			.andExpect(content().string(containsString("một phần")))
			.andExpect(content().string(containsString("xấp xỉ")));
	}

	@Test
	void aCurrentUnitShowsWhatItWasFormedFromAndItsChildren() throws Exception {
		Unit quangNgai = this.units.findByCode(UnitLevel.PROVINCE, "51", UnitsTestSupport.today()).orElseThrow();
		this.mvc.perform(get("/units/{id}", quangNgai.id()).cookie(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hình thành từ")))
			.andExpect(content().string(containsString("Tỉnh Kon Tum")))
			.andExpect(content().string(containsString("đơn vị trực thuộc")))
			.andExpect(content().string(containsString("Trung ương</a>")))
			.andExpect(content().string(not(containsString("Nay thuộc"))))
			.andExpect(content().string(containsString("href=\"/units/" + quangNgai.id() + "/edit\"")))
			.andExpect(content().string(containsString("Ghi nhận sáp nhập/chia tách")))
			.andExpect(content().string(containsString("href=\"/units/new?parent=" + quangNgai.id() + "\"")))
			.andExpect(content().string(containsString("href=\"/units/successions/new?from=" + quangNgai.id() + "\"")))
			.andExpect(content().string(containsString("href=\"/units/" + quangNgai.id() + "/close\"")));
	}

	@Test
	void aReportingOfficerSeesNoAdministrativeActions() throws Exception {
		Unit quangNgai = this.units.findByCode(UnitLevel.PROVINCE, "51", UnitsTestSupport.today()).orElseThrow();
		String officer = UnitsTestSupport.createUser(this.accounts, Role.REPORTING_OFFICER, quangNgai.id());
		Cookie session = UnitsTestSupport.signIn(this.mvc, officer, UnitsTestSupport.PASSWORD);
		this.mvc.perform(get("/units/{id}", quangNgai.id()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tỉnh Quảng Ngãi")))
			.andExpect(content().string(not(containsString("Đóng đơn vị"))))
			.andExpect(content().string(not(containsString("/edit\""))))
			.andExpect(content().string(not(containsString("Nhập danh sách đơn vị"))))
			.andExpect(content().string(containsString("id=\"nav-units\"")));
		// Above the officer's province, nothing is linked.
		this.mvc.perform(get("/units").cookie(session))
			.andExpect(content().string(containsString("aria-current=\"page\">Tỉnh Quảng Ngãi</li>")))
			.andExpect(content().string(not(containsString("Trung ương</a>"))));
	}

	@Test
	void aBadDateIsReportedAndTodayIsShown() throws Exception {
		this.mvc.perform(get("/units").param("asOf", "31/02/2025").cookie(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày không hợp lệ")))
			.andExpect(content().string(containsString("Có 34 đơn vị trực thuộc")));
	}

	@Test
	void anUnknownUnitIsTheVietnamese404Page() throws Exception {
		this.mvc.perform(get("/units/{id}", Long.MAX_VALUE).cookie(this.admin)).andExpect(status().isNotFound());
		SignedInClient client = new SignedInClient(this.port).signIn("admin", DanvanIntegrationTest.ADMIN_PASSWORD);
		HttpResponse<String> response = client.get("/units/" + Long.MAX_VALUE);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Không tìm thấy trang")
			.contains("Về trang chủ")
			.doesNotContain("Exception");
	}

}
