package vn.danvan.reporting.submissions;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.MvcSignIn;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.SubmissionState;
import vn.danvan.reporting.Submissions;
import vn.danvan.units.tree.UnitAdministration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DanvanIntegrationTest
class SubmissionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitAdministration units;

	@Autowired
	Accounts accounts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Periods periods;

	@Autowired
	Submissions submissions;

	ReportingFixture world;

	Period period;

	Submission submission;

	@BeforeEach
	void setUp() {
		this.world = new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods);
		this.period = this.world.openPeriod("Sơ kết 6 tháng đầu năm 2033", LocalDate.of(2032, 12, 15),
				LocalDate.of(2033, 6, 14), LocalDate.of(2033, 6, 20));
		this.submission = this.submissions
			.find(this.world.signedIn(this.world.communeOfficer), this.period.id(), this.world.commune)
			.orElseThrow();
	}

	@Test
	void theCommuneSeesItsDueReportAndAFormOfCellsInTemplateOrder() throws Exception {
		Cookie session = signIn(this.world.communeOfficer);
		this.mvc.perform(get("/reporting").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sơ kết 6 tháng đầu năm 2033")))
			.andExpect(content().string(containsString("/reporting/submissions/" + this.submission.id())));
		String html = this.mvc.perform(get("/reporting/submissions/" + this.submission.id()).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("KẾT QUẢ THỰC HIỆN", "Nêu kết quả nổi bật.", "name=\"v." + code("REG") + ".A\"",
				"data-numerator=\"" + code("MEM") + "\"", "Chưa thực hiện");
		assertThat(html.indexOf("v." + code("REG") + ".A")).isLessThan(html.indexOf("v." + code("MEM")));
	}

	@Test
	void theReviewerSeesThePreviousPeriodsValuesOnlyFromAReportHandedIn() throws Exception {
		var commune = this.world.signedIn(this.world.communeOfficer);
		Submission previous = this.submissions.save(commune, this.submission.id(), this.submission.version(),
				java.util.Map.of(code("REG") + ".A", "4", code("MEM"), "1.234"), java.util.Map.of(), "FORM");
		Period next = this.world.openPeriod("6 tháng cuối năm 2033", LocalDate.of(2033, 6, 15),
				LocalDate.of(2033, 12, 14), LocalDate.of(2033, 12, 20));
		Submission report = this.submissions.find(commune, next.id(), this.world.commune).orElseThrow();
		report = this.submissions.save(commune, report.id(), report.version(),
				java.util.Map.of(code("REG") + ".A", "5", code("MEM"), "1.300"), java.util.Map.of(), "FORM");
		report = this.submissions.submit(commune, report.id(), report.version());
		Cookie province = signIn(this.world.provinceOfficer);
		// The previous report is still a draft: it says nothing about the previous
		// period.
		this.mvc.perform(get("/reporting/submissions/" + report.id()).cookie(province))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("col-previous"))))
			.andExpect(content().string(not(containsString("Kỳ trước: 1.234"))));
		this.submissions.submit(commune, previous.id(), previous.version());
		this.mvc.perform(get("/reporting/submissions/" + report.id()).cookie(province))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("col-previous")))
			.andExpect(content().string(containsString("id=\"p-" + code("MEM") + "\"")))
			.andExpect(content().string(containsString("Kỳ trước: 1.234")))
			.andExpect(content().string(not(containsString("id=\"p-" + code("ELIG") + "\""))));
	}

	@Test
	void anotherCommunesReportIsA404Page() throws Exception {
		this.mvc
			.perform(get("/reporting/submissions/" + this.submission.id())
				.cookie(signIn(this.world.otherCommuneOfficer)))
			.andExpect(status().isNotFound());
	}

	@Test
	void textInANumberCellIsKeptInTheDraftShownBesideItAndBlocksTheHandIn() throws Exception {
		Cookie session = signIn(this.world.communeOfficer);
		this.mvc
			.perform(post("/reporting/submissions/" + this.submission.id()).cookie(session)
				.with(csrf())
				.param("version", String.valueOf(this.submission.version()))
				.param("v." + code("MEM"), "mười hai")
				.param("v." + code("ELIG"), "40"))
			.andExpect(redirectedUrl("/reporting/submissions/" + this.submission.id()));
		SubmissionContent content = this.submissions.content(this.submission);
		assertThat(content.numbers()).containsOnlyKeys(code("ELIG"));
		assertThat(content.raw()).containsExactly(java.util.Map.entry(code("MEM"), "mười hai"));
		this.mvc.perform(get("/reporting/submissions/" + this.submission.id()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"mười hai\"")))
			.andExpect(content().string(containsString("&quot;mười hai&quot; không phải là số")))
			.andExpect(content().string(containsString("Số hội viên: &quot;mười hai&quot; không phải là số")));
		int version = this.submission.version() + 1;
		this.mvc
			.perform(post("/reporting/submissions/" + this.submission.id() + "/submit").cookie(session)
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("v." + code("REG") + ".A", "2"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Không thể nộp")))
			.andExpect(content().string(containsString("value=\"mười hai\"")));
		assertThat(this.submissions.get(this.world.signedIn(this.world.communeOfficer), this.submission.id()).state())
			.isEqualTo(SubmissionState.DRAFT);
	}

	@Test
	void autosaveAnswersWithTheNewVersionAndAStaleVersionWithWhatChanged() throws Exception {
		Cookie session = signIn(this.world.communeOfficer);
		this.mvc
			.perform(post("/reporting/submissions/" + this.submission.id() + "/draft").cookie(session)
				.with(csrf())
				.param("version", String.valueOf(this.submission.version()))
				.param("v." + code("MEM"), "1.250"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(this.submission.version() + 1))
			.andExpect(jsonPath("$.state").value("DRAFT"));
		this.mvc
			.perform(post("/reporting/submissions/" + this.submission.id() + "/draft").cookie(session)
				.with(csrf())
				.param("version", String.valueOf(this.submission.version()))
				.param("v." + code("MEM"), "7"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message", containsString("vừa được")))
			.andExpect(jsonPath("$.changes[0].label").value("Số hội viên"))
			.andExpect(jsonPath("$.changes[0].after").value("1.250"));
		this.mvc
			.perform(post("/reporting/submissions/" + this.submission.id() + "/draft").cookie(session)
				.param("version", String.valueOf(this.submission.version() + 1))
				.param("v." + code("MEM"), "7"))
			.andExpect(status().isForbidden());
	}

	@Test
	void submittingWithErrorsShowsThemAndKeepsTheDraft() throws Exception {
		this.mvc
			.perform(post("/reporting/submissions/" + this.submission.id() + "/submit")
				.cookie(signIn(this.world.communeOfficer))
				.with(csrf())
				.param("version", String.valueOf(this.submission.version()))
				.param("v." + code("EFF"), "3"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Không thể nộp")))
			.andExpect(content().string(containsString("Số mô hình đăng ký&quot; là trường bắt buộc")));
		assertThat(this.submissions.get(this.world.signedIn(this.world.communeOfficer), this.submission.id()).state())
			.isEqualTo(SubmissionState.DRAFT);
	}

	@Test
	void onlyTheLevelAboveMayApproveAndTheBoardShowsEveryExpectedUnit() throws Exception {
		Cookie commune = signIn(this.world.communeOfficer);
		this.mvc
			.perform(post("/reporting/submissions/" + this.submission.id() + "/submit").cookie(commune)
				.with(csrf())
				.param("version", String.valueOf(this.submission.version()))
				.param("v." + code("REG") + ".A", "2"))
			.andExpect(redirectedUrl("/reporting/submissions/" + this.submission.id()));
		int version = this.submissions.get(this.world.signedIn(this.world.communeOfficer), this.submission.id())
			.version();
		this.mvc
			.perform(post("/reporting/submissions/" + this.submission.id() + "/approve").cookie(commune)
				.with(csrf())
				.param("version", String.valueOf(version)))
			.andExpect(status().isForbidden());
		assertThat(this.submissions.get(this.world.signedIn(this.world.communeOfficer), this.submission.id()).version())
			.as("a unit does not approve its own report: nothing changed")
			.isEqualTo(version);
		Cookie province = signIn(this.world.provinceOfficer);
		this.mvc.perform(get("/reporting/periods/" + this.period.id()).cookie(province))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xã Bình An " + this.world.prefix)))
			.andExpect(content().string(containsString("Xã Hòa Bình " + this.world.prefix)))
			.andExpect(content().string(containsString("send-reminders")));
		this.mvc.perform(get("/reporting/periods/" + this.period.id()).cookie(commune))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Xã Hòa Bình " + this.world.prefix))));
		this.mvc
			.perform(post("/reporting/submissions/" + this.submission.id() + "/approve").cookie(province)
				.with(csrf())
				.param("version", String.valueOf(version)))
			.andExpect(flash().attribute("successKey", "reporting.form.approved"));
		this.mvc.perform(get("/reporting/submissions/" + this.submission.id() + "/history").cookie(commune))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã nộp → Đã duyệt")))
			.andExpect(content().string(containsString(this.world.provinceOfficer)));
	}

	@Test
	void openingAPeriodWithBadDatesSaysWhyAndOpensNothing() throws Exception {
		Cookie province = signIn(this.world.provinceOfficer);
		int before = this.periods.list(this.world.signedIn(this.world.provinceOfficer)).size();
		this.mvc
			.perform(post("/reporting/periods").cookie(province)
				.with(csrf())
				.param("templateId", String.valueOf(this.world.template.template().id()))
				.param("type", "ANNUAL")
				.param("name", "Tổng kết năm 2033")
				.param("windowFrom", "2033-12-14")
				.param("windowTo", "2032-12-15")
				.param("deadline", "2033-12-20")
				.param("units", String.valueOf(this.world.province)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Ngày bắt đầu lấy số liệu phải trước ngày kết thúc")));
		this.mvc
			.perform(post("/reporting/periods").cookie(province)
				.with(csrf())
				.param("templateId", String.valueOf(this.world.template.template().id()))
				.param("type", "ANNUAL")
				.param("name", "Tổng kết năm 2033")
				.param("windowFrom", "ngày mai")
				.param("units", String.valueOf(this.world.province)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("không hợp lệ")));
		assertThat(this.periods.list(this.world.signedIn(this.world.provinceOfficer))).hasSize(before);
		this.mvc
			.perform(post("/reporting/periods").cookie(signIn(this.world.communeOfficer))
				.with(csrf())
				.param("templateId", String.valueOf(this.world.template.template().id())))
			.andExpect(status().isForbidden());
	}

	private Cookie signIn(String username) throws Exception {
		return MvcSignIn.session(this.mvc, username, ReportingFixture.PASSWORD);
	}

	private String code(String name) {
		return this.world.code(name);
	}

}
