package vn.danvan.analytics.dashboard;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.MvcSignIn;
import vn.danvan.analytics.Analytics;
import vn.danvan.analytics.Inclusion;
import vn.danvan.analytics.View;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.ReportingFixtures;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.Submissions;
import vn.danvan.units.tree.UnitAdministration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard, figure and admin pages, the exports opened again, and the aggregates API
 * with its errors.
 */
@DanvanIntegrationTest
class AnalyticsPagesTests {

	@Autowired
	ReportingFixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitAdministration units;

	@Autowired
	Periods periods;

	@Autowired
	Submissions submissions;

	@Autowired
	Analytics analytics;

	@Autowired
	vn.danvan.analytics.Rebuilds rebuilds;

	ReportingFixture world;

	Period period;

	@BeforeEach
	void submitted() {
		this.world = this.fixtures.create();
		this.period = this.world.openPeriod("Sơ kết 6 tháng đầu năm 2034", LocalDate.of(2034, 1, 1),
				LocalDate.of(2034, 6, 30), LocalDate.of(2034, 7, 10));
		handIn(this.world.communeOfficer, this.period.id(), this.world.commune,
				Map.of(code("REG") + ".A", "2.071", code("MEM"), "30", code("ELIG"), "120"));
		var province = this.world.signedIn(this.world.provinceOfficer);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.analytics
				.dashboard(province, this.world.province, this.period.id(), View.AS_WAS, Inclusion.SUBMITTED)
				.coverage()
				.handedIn() == 1);
	}

	@Test
	void theApiAnswersFiguresWithCounts() throws Exception {
		this.mvc
			.perform(get("/api/v1/aggregates").param("unit", String.valueOf(this.world.province))
				.param("period", String.valueOf(this.period.id()))
				.param("view", "as-was")
				.param("include", "submitted")
				.with(province()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reporting").value(1))
			.andExpect(jsonPath("$.expected").value(2))
			.andExpect(jsonPath("$.values[?(@.key == '%s')].value".formatted(code("REG"))).value(2071))
			.andExpect(jsonPath("$.values[?(@.key == '%s')].value".formatted(code("RATE"))).value(25.0));
		this.mvc
			.perform(get("/api/v1/aggregates").param("unit", String.valueOf(this.world.province))
				.param("period", String.valueOf(this.period.id()))
				.param("include", "approved")
				.with(province()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reporting").value(0));
	}

	@Test
	void theApiRefusesBadRequestsClearly() throws Exception {
		String unit = String.valueOf(this.world.province);
		String period = String.valueOf(this.period.id());
		this.mvc.perform(get("/api/v1/aggregates").param("unit", unit).param("period", period).with(commune()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("analytics.error.unitNotFound"));
		this.mvc.perform(get("/api/v1/aggregates").param("unit", "999999999").param("period", period).with(province()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/aggregates").param("unit", unit).param("period", "999999999").with(province()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("Không tìm thấy kỳ báo cáo")));
		this.mvc
			.perform(get("/api/v1/aggregates").param("unit", unit)
				.param("period", period)
				.param("view", "sideways")
				.with(province()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("analytics.error.view"));
		this.mvc.perform(get("/api/v1/aggregates").param("unit", unit).with(province()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("analytics.error.parameter"));
		this.mvc.perform(get("/api/v1/aggregates").param("unit", "abc").param("period", period).with(province()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theDashboardAndTheFigurePageShowTheFigures() throws Exception {
		Cookie session = signIn(this.world.provinceOfficer);
		this.mvc
			.perform(get("/analytics/units/{id}", this.world.province).param("period", String.valueOf(this.period.id()))
				.cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2.071")))
			.andExpect(content().string(containsString("id=\"reporting-count\">1/2<")))
			.andExpect(content().string(containsString("Đơn vị trực thuộc (2), 1 đơn vị chưa đủ báo cáo")))
			.andExpect(content().string(containsString("id=\"unit-below-" + this.world.commune + "\"")))
			.andExpect(content().string(containsString(
					"href=\"/analytics/units/" + this.world.otherCommune + "?period=" + this.period.id())));
		this.mvc
			.perform(get("/analytics/units/{id}/figures/{key}", this.world.province, code("REG"))
				.param("period", String.valueOf(this.period.id()))
				.param("sort", "value")
				.param("dir", "desc")
				.cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"below-" + this.world.commune + "\"")));
		this.mvc
			.perform(get("/analytics/units/{id}", this.world.centre).param("period", String.valueOf(this.period.id()))
				.cookie(signIn(this.world.communeOfficer)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/analytics").cookie(session))
			.andExpect(redirectedUrl("/analytics/units/" + this.world.province + "?period=" + this.period.id()));
	}

	@Test
	void theDashboardSaysHowManyUnitsThePeriodComparedAgainstCounts() throws Exception {
		Cookie session = signIn(this.world.provinceOfficer);
		String dashboard = "/analytics/units/{id}";
		this.mvc
			.perform(get(dashboard, this.world.province).param("period", String.valueOf(this.period.id()))
				.cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"previous-reporting\""))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"unequal-counts\""))));

		Period earlier = this.world.openPeriod("Sơ kết 6 tháng cuối năm 2033", LocalDate.of(2033, 7, 1),
				LocalDate.of(2033, 12, 31), LocalDate.of(2034, 1, 10));
		for (var officerAndUnit : Map
			.of(this.world.communeOfficer, this.world.commune, this.world.otherCommuneOfficer, this.world.otherCommune)
			.entrySet()) {
			handIn(officerAndUnit.getKey(), earlier.id(), officerAndUnit.getValue(),
					Map.of(code("REG") + ".A", "1.000", code("MEM"), "20", code("ELIG"), "100"));
		}
		var province = this.world.signedIn(this.world.provinceOfficer);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.analytics
				.dashboard(province, this.world.province, this.period.id(), View.AS_WAS, Inclusion.SUBMITTED)
				.previousReporting() == 2);

		this.mvc
			.perform(get(dashboard, this.world.province).param("period", String.valueOf(this.period.id()))
				.param("include", "submitted")
				.cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sơ kết 6 tháng cuối năm 2033")))
			.andExpect(content().string(containsString("id=\"previous-reporting\">(2/2 đơn vị)<")))
			.andExpect(content().string(containsString("id=\"reporting-count\">1/2<")))
			.andExpect(content().string(containsString("id=\"unequal-counts\"")))
			// The change is over the one commune that reported in both periods.
			.andExpect(content()
				.string(containsString("id=\"change-from-previous-heading\">So với kỳ trước (cùng 1 đơn vị)<")))
			.andExpect(content().string(containsString("so sánh cùng 1 đơn vị báo cáo ở cả hai kỳ")))
			// The commune's rate went from 20/100 = 20 % to 30/120 = 25 %: 5 points, not
			// "25 %".
			.andExpect(content().string(containsString("tăng 5 điểm %")))
			.andExpect(content().string(not(containsString("(25%)"))));
		this.mvc
			.perform(get("/api/v1/aggregates").param("unit", String.valueOf(this.world.province))
				.param("period", String.valueOf(this.period.id()))
				.param("include", "submitted")
				.with(province()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reporting").value(1))
			.andExpect(jsonPath("$.previousReporting").value(2))
			.andExpect(jsonPath("$.lastYearReporting").doesNotExist())
			.andExpect(jsonPath("$.previousMatched").value(1))
			// The previous period's total counts both communes; the comparison only the
			// one
			// that reported this time too: 1.000 → 2.071, not 2.000 → 2.071 (+3,6 %).
			.andExpect(jsonPath("$.values[?(@.key == '%s')].previousTotal".formatted(code("REG"))).value(2000))
			.andExpect(jsonPath("$.values[?(@.key == '%s')].previous".formatted(code("REG"))).value(1000))
			.andExpect(jsonPath("$.values[?(@.key == '%s')].valueLikePrevious".formatted(code("REG"))).value(2071))
			.andExpect(jsonPath("$.values[?(@.key == '%s')].changeFromPrevious".formatted(code("REG"))).value(1071))
			.andExpect(jsonPath("$.values[?(@.key == '%s')].percentFromPrevious".formatted(code("REG"))).value(107.1))
			.andExpect(jsonPath("$.values[?(@.key == '%s')].changeFromPrevious".formatted(code("RATE"))).value(5.0))
			.andExpect(jsonPath("$.values[?(@.key == '%s')].percentFromPrevious".formatted(code("RATE")))
				.value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())));
		// Approved only: none of the earlier reports is approved, and neither is this
		// one.
		this.mvc
			.perform(get(dashboard, this.world.province).param("period", String.valueOf(this.period.id()))
				.param("include", "approved")
				.cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"previous-reporting\">(0/2 đơn vị)<")))
			.andExpect(content().string(containsString("không có số liệu so sánh cùng đơn vị")))
			.andExpect(content().string(containsString("id=\"no-match\"")))
			.andExpect(content().string(not(containsString("NaN"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"unequal-counts\""))));
	}

	@Test
	void theFigurePageLeavesOutTheUnitsBelowThatDoNotReportAndShowsThemOnRequest() throws Exception {
		long police = this.units
			.create(new vn.danvan.units.tree.NewUnit(this.world.prefix + "CA", "Công an tỉnh " + this.world.prefix,
					null, vn.danvan.units.UnitKind.POLICE, this.world.province, ReportingFixture.START), "test");
		Cookie session = signIn(this.world.provinceOfficer);
		String page = "/analytics/units/{id}/figures/{key}";
		this.mvc
			.perform(get(page, this.world.province, code("REG")).param("period", String.valueOf(this.period.id()))
				.cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"below-" + this.world.commune + "\"")))
			.andExpect(content().string(containsString("id=\"below-" + this.world.otherCommune + "\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"below-" + police + "\""))))
			.andExpect(content().string(containsString(
					"1 đơn vị trực thuộc không phải báo cáo kỳ này và không có số liệu nên không hiện.")))
			.andExpect(content().string(containsString("id=\"show-all-below\"")));
		this.mvc
			.perform(get(page, this.world.province, code("REG")).param("period", String.valueOf(this.period.id()))
				.param("all", "true")
				.cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"below-" + police + "\"")))
			.andExpect(content().string(containsString("id=\"hide-not-concerned\"")))
			.andExpect(content().string(containsString("&amp;all=true\" id=\"sort-value\"")));
		byte[] csv = this.mvc
			.perform(get(page + "/export", this.world.province, code("REG"))
				.param("period", String.valueOf(this.period.id()))
				.param("format", "csv")
				.cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(csv, StandardCharsets.UTF_8)).contains("Xã Bình An", "Xã Hòa Bình")
			.doesNotContain("Công an tỉnh");
		byte[] all = this.mvc
			.perform(get(page + "/export", this.world.province, code("REG"))
				.param("period", String.valueOf(this.period.id()))
				.param("format", "csv")
				.param("all", "true")
				.cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(all, StandardCharsets.UTF_8)).contains("Công an tỉnh");
	}

	@Test
	void theCentresFigurePageShowsTheProvincesOnAMapThatLinksDown() throws Exception {
		Cookie session = signIn(this.world.user(vn.danvan.shared.security.Role.VIEWER, this.world.centre));
		String url = "/analytics/units/" + this.world.province + "/figures/" + code("REG") + "?period="
				+ this.period.id() + "&amp;view=as-was&amp;include=submitted";
		this.mvc
			.perform(get("/analytics/units/{id}/figures/{key}", this.world.centre, code("REG"))
				.param("period", String.valueOf(this.period.id()))
				.cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"dv-province-map\"")))
			.andExpect(content().string(containsString("data-code=\"" + this.world.prefix + "P\"")))
			.andExpect(content().string(containsString("href=\"" + url + "\"")))
			.andExpect(content().string(containsString("/js/analytics-map.js")))
			// the bar chart drills down into the same period, view and inclusion
			.andExpect(content().string(containsString("http://localhost" + url + "&quot;]")));
		Cookie province = signIn(this.world.provinceOfficer);
		this.mvc
			.perform(get("/analytics/units/{id}/figures/{key}", this.world.province, code("REG"))
				.param("period", String.valueOf(this.period.id()))
				.cookie(province))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("class=\"dv-province-map\""))));
	}

	@Test
	void exportsOpenAgainWithTheSameFigures() throws Exception {
		Cookie session = signIn(this.world.provinceOfficer);
		byte[] xlsx = this.mvc
			.perform(get("/analytics/units/{id}/export", this.world.province)
				.param("period", String.valueOf(this.period.id()))
				.param("format", "xlsx")
				.cookie(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")))
			.andExpect(header().string("Content-Disposition", containsString("So-lieu-Tinh-Thu-" + this.world.prefix)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("Tỉnh Thử", "2034");
			// Names where a person reads; the cell keys in the last column, hidden.
			int keys = sheet.getRow(2).getLastCellNum() - 1;
			assertThat(sheet.isColumnHidden(keys)).isTrue();
			assertThat(sheet.getPrintSetup().getPaperSize())
				.isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
			assertThat(sheet.getFitToPage()).isTrue();
			boolean found = false;
			for (int r = 3; r <= sheet.getLastRowNum(); r++) {
				for (int c = 0; c < keys; c++) {
					var cell = sheet.getRow(r).getCell(c);
					if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
						assertThat(cell.getStringCellValue()).doesNotContain(this.world.prefix + "_");
					}
				}
				if (code("REG").equals(sheet.getRow(r).getCell(keys).getStringCellValue())) {
					assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).isEqualTo("Số mô hình đăng ký");
					assertThat(sheet.getRow(r).getCell(3).getNumericCellValue()).isEqualTo(2071.0);
					assertThat(sheet.getRow(r).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
					found = true;
				}
			}
			assertThat(found).isTrue();
		}
		String csv = this.mvc
			.perform(get("/analytics/units/{id}/figures/{key}/export", this.world.province, code("REG"))
				.param("period", String.valueOf(this.period.id()))
				.param("format", "csv")
				.cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF")
			.contains("Xã Bình An " + this.world.prefix + "," + this.world.prefix + "C1,2071,1,1");
		this.mvc
			.perform(get("/analytics/units/{id}/export", this.world.province)
				.param("period", String.valueOf(this.period.id()))
				.param("format", "pdf")
				.cookie(session))
			.andExpect(status().isBadRequest());
	}

	@Test
	void administratorsRebuildAndCheckOthersAreRefused() throws Exception {
		Cookie officer = signIn(this.world.provinceOfficer);
		this.mvc.perform(get("/analytics/admin").cookie(officer)).andExpect(status().isForbidden());
		this.mvc.perform(post("/analytics/admin/rebuild").with(csrf()).cookie(officer))
			.andExpect(status().isForbidden());
		String admin = this.world.user(vn.danvan.shared.security.Role.ADMINISTRATOR, null);
		Cookie session = signIn(admin);
		this.mvc.perform(post("/analytics/admin/check").with(csrf()).cookie(session))
			.andExpect(redirectedUrl("/analytics/admin"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("checkSummary", org.hamcrest.Matchers.notNullValue()));
		// The page checks every period of the database; other tests share it and change
		// the tree
		// (merges), which leaves their periods stale until a rebuild, as the page says.
		// This test's
		// period must be consistent.
		vn.danvan.analytics.ConsistencyReport report = this.rebuilds.check(this.world.signedIn(admin),
				this.period.id());
		assertThat(report.periodsChecked()).isEqualTo(1);
		assertThat(report.sumsChecked()).isPositive();
		assertThat(report.differences()).isEmpty();
		this.mvc.perform(get("/analytics/admin").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"start-rebuild\"")));
	}

	private Cookie signIn(String username) throws Exception {
		return MvcSignIn.session(this.mvc, username, ReportingFixture.PASSWORD);
	}

	private RequestPostProcessor province() {
		return httpBasic(this.world.provinceOfficer, ReportingFixture.PASSWORD);
	}

	private RequestPostProcessor commune() {
		return httpBasic(this.world.communeOfficer, ReportingFixture.PASSWORD);
	}

	/**
	 * A unit's officer fills in the unit's report of the period and hands it in.
	 */
	private void handIn(String officer, long periodId, long unitId, Map<String, ?> values) {
		var reporter = this.world.signedIn(officer);
		Submission s = this.submissions.find(reporter, periodId, unitId).orElseThrow();
		s = this.submissions.save(reporter, s.id(), s.version(), values, Map.of(), "FORM");
		this.submissions.submit(reporter, s.id(), s.version());
	}

	private String code(String name) {
		return this.world.code(name);
	}

}
