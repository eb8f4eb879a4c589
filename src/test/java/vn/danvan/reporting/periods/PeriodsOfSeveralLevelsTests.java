package vn.danvan.reporting.periods;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.MvcSignIn;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.PeriodType;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.ReportingFixtures;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.SubmissionState;
import vn.danvan.reporting.Submissions;
import vn.danvan.reporting.TemplateStructure;
import vn.danvan.reporting.UnitStatus;
import vn.danvan.reporting.catalogue.CatalogueDefinition.SectionDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.TemplateDefinition;
import vn.danvan.reporting.catalogue.Template;
import vn.danvan.shared.errors.NotFoundException;
import vn.danvan.shared.errors.RejectedException;
import vn.danvan.shared.security.Role;
import vn.danvan.units.UnitKind;
import vn.danvan.units.tree.NewUnit;
import vn.danvan.units.tree.UnitAdministration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One period expecting units of several levels, each with its template (issue 19): the
 * communes of a province with the commune template and the province commission with a
 * provincial one; opened through the service, the page and the API; refused whole for a
 * unit expected twice, a template of another period type, a template given twice or a
 * unit outside the scope; the commission's officer fills its own report, which the
 * province reviews.
 */
@DanvanIntegrationTest
class PeriodsOfSeveralLevelsTests {

	@Autowired
	ReportingFixtures fixtures;

	@Autowired
	UnitAdministration unitAdministration;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Periods periods;

	@Autowired
	Submissions submissions;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	ReportingFixture world;

	long commission;

	TemplateStructure provincial;

	@BeforeEach
	void world() {
		this.world = this.fixtures.create();
		this.commission = this.unitAdministration.create(
				new NewUnit("", "Ban Tuyên giáo và Dân vận Tỉnh ủy",
						"Ban Tuyên giáo và Dân vận Tỉnh ủy " + this.world.prefix,
						UnitKind.PROPAGANDA_AND_MOBILISATION_BOARD, this.world.province, ReportingFixture.START),
				"test");
		this.provincial = provincialTemplate(this.world, this.catalogue);
	}

	/**
	 * A template for the province commission's own work, for 6-month and annual periods:
	 * the fixture's members and eligible people (the same indicators as the communes')
	 * and its rate.
	 */
	static TemplateStructure provincialTemplate(ReportingFixture world, Catalogue catalogue) {
		return catalogue.defineTemplate(world.signedIn("admin"),
				new TemplateDefinition(world.code("PTPL"), "Báo cáo của Ban " + world.prefix, "", List.of("PROVINCE"),
						List.of("PROPAGANDA_AND_MOBILISATION_BOARD"),
						List.of(new SectionDefinition(0, "Phần thứ nhất", "KẾT QUẢ THỰC HIỆN", "", false, List.of()),
								new SectionDefinition(1, "1.", "Công việc của Ban", "Nêu kết quả.", true,
										List.of(world.code("MEM"), world.code("ELIG"), world.code("RATE")))),
						List.of("SIX_MONTH", "ANNUAL")));
	}

	@Test
	void onePeriodExpectsTheCommunesAndTheCommissionEachWithItsTemplate() {
		Period period = open(PeriodType.SIX_MONTH, "Sơ kết 6 tháng đầu năm 2034", this.provincial.template().id());
		assertThat(period.templateVersionId()).isEqualTo(this.world.template.versionId());
		assertThat(this.periods.structures(period)).extracting(TemplateStructure::versionId)
			.containsExactly(this.world.template.versionId(), this.provincial.versionId());
		List<UnitStatus> statuses = this.periods.statuses(officer(), period.id());
		assertThat(statuses).extracting(UnitStatus::unitId)
			.containsExactlyInAnyOrder(this.world.commune, this.world.otherCommune, this.commission);
		assertThat(statuses).filteredOn((s) -> s.unitId() == this.commission)
			.singleElement()
			.extracting(UnitStatus::templateVersionId)
			.isEqualTo(this.provincial.versionId());
		assertThat(statuses).filteredOn((s) -> s.unitId() != this.commission)
			.allSatisfy((s) -> assertThat(s.templateVersionId()).isEqualTo(this.world.template.versionId()));
		Submission own = this.submissions.find(officer(), period.id(), this.commission).orElseThrow();
		assertThat(this.submissions.structure(own).versionId()).isEqualTo(this.provincial.versionId());
		Submission commune = this.submissions.find(officer(), period.id(), this.world.commune).orElseThrow();
		assertThat(this.submissions.structure(commune).versionId()).isEqualTo(this.world.template.versionId());
		assertThat(template(this.provincial.template().id()).latestFrozen()).isTrue();
	}

	@Test
	void theCommissionsOfficerFillsItsOwnReportAndTheProvinceReviewsIt() {
		Period period = open(PeriodType.ANNUAL, "Tổng kết năm 2034", this.provincial.template().id());
		SignedInUser own = this.world.signedIn(this.world.user(Role.REPORTING_OFFICER, this.commission));
		Submission report = this.submissions.find(own, period.id(), this.commission).orElseThrow();
		assertThat(this.submissions.canEdit(own, report, period)).isTrue();
		assertThat(this.submissions.due(own)).extracting((d) -> d.submission().id()).contains(report.id());
		report = this.submissions.save(own, report.id(), report.version(),
				ReportingFixture.values(this.world.code("MEM"), "30", this.world.code("ELIG"), "60"), Map.of(), "FORM");
		assertThat(this.submissions.content(report).numbers()).containsOnlyKeys(this.world.code("MEM"),
				this.world.code("ELIG"));
		// The commune template's cells are not the commission's.
		long version = report.version();
		long id = report.id();
		assertThatThrownBy(() -> this.submissions.save(own, id, (int) version,
				ReportingFixture.values(this.world.code("REG") + ".A", "3"), Map.of(), "FORM"))
			.isInstanceOf(vn.danvan.reporting.submissions.SubmissionInvalidException.class);
		report = this.submissions.submit(own, report.id(), report.version());
		assertThat(this.submissions.canReview(officer(), report)).isTrue();
		report = this.submissions.approve(officer(), report.id(), report.version());
		assertThat(report.state()).isEqualTo(SubmissionState.APPROVED);
	}

	@Test
	void thePeriodPageGroupsTheUnitsByTemplateWithTheProgressOfEach() throws Exception {
		Cookie province = MvcSignIn.session(this.mvc, this.world.provinceOfficer, ReportingFixture.PASSWORD);
		String location = this.mvc
			.perform(post("/reporting/periods").cookie(province)
				.with(csrf())
				.param("templateId", String.valueOf(this.world.template.template().id()))
				.param("type", "SIX_MONTH")
				.param("name", "Sơ kết 6 tháng cuối năm 2034")
				.param("windowFrom", "2034-06-15")
				.param("windowTo", "2034-12-14")
				.param("deadline", "2034-12-20")
				.param("units", String.valueOf(this.world.province))
				.param("parts[0].templateId", String.valueOf(this.provincial.template().id()))
				.param("parts[0].units", String.valueOf(this.world.province))
				.param("parts[1].templateId", ""))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		Period period = this.periods.get(officer(), id);
		assertThat(this.periods.structures(period)).hasSize(2);
		this.mvc.perform(get("/reporting/periods/new").cookie(province))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"parts[0].templateId\"")))
			.andExpect(content().string(containsString("Báo cáo của các cấp khác")));
		this.mvc.perform(get("/reporting/periods/" + id).cookie(province))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-template=\"" + this.provincial.template().code() + "\"")))
			.andExpect(
					content().string(containsString("data-template=\"" + this.world.template.template().code() + "\"")))
			.andExpect(content().string(containsString("đã nộp 0/2, đã duyệt 0")))
			.andExpect(content().string(containsString("đã nộp 0/1, đã duyệt 0")))
			.andExpect(content().string(containsString("data-unit=\"" + this.commission + "\"")));
		// A period of one template reads as before: no group headings.
		Period single = this.world.openPeriod("Sơ kết 6 tháng đầu năm 2035", LocalDate.of(2034, 12, 15),
				LocalDate.of(2035, 6, 14), LocalDate.of(2035, 6, 20));
		this.mvc.perform(get("/reporting/periods/" + single.id()).cookie(province))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("part-progress"))))
			.andExpect(content().string(containsString("data-unit=\"" + this.world.commune + "\"")));
	}

	@Test
	void theApiOpensAPeriodOfSeveralLevelsAndListsItsTemplates() throws Exception {
		String body = """
				{"templateId": %d, "type": "ANNUAL", "name": "Tổng kết năm 2035", "windowFrom": "2034-12-15",
				 "windowTo": "2035-12-14", "deadline": "2035-12-20", "units": [%d],
				 "parts": [{"templateId": %d, "units": [%d]}]}
				""".formatted(this.world.template.template().id(), this.world.province, this.provincial.template().id(),
				this.world.province);
		String created = this.mvc
			.perform(post("/api/v1/periods").with(api()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.mvc.perform(get(created).with(api()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.templates.length()").value(2))
			.andExpect(jsonPath("$.templates[1].code").value(this.provincial.template().code()))
			.andExpect(jsonPath("$.templates[1].levels[0]").value("PROVINCE"))
			.andExpect(jsonPath("$.units.length()").value(3))
			.andExpect(jsonPath("$.units[?(@.unitId == " + this.commission + ")].templateVersionId")
				.value(org.hamcrest.Matchers.contains((int) this.provincial.versionId())));
	}

	@Test
	void theCatalogueApiSaysAndTakesTheTemplatesPeriodTypes() throws Exception {
		org.springframework.test.web.servlet.request.RequestPostProcessor national = httpBasic("admin",
				DanvanIntegrationTest.ADMIN_PASSWORD);
		this.mvc.perform(get("/api/v1/templates/" + this.provincial.template().id()).with(national))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.periodTypes").value(org.hamcrest.Matchers.contains("SIX_MONTH", "ANNUAL")));
		this.mvc.perform(get("/api/v1/templates").with(national))
			.andExpect(status().isOk())
			.andExpect(
					jsonPath("$.templates[?(@.code == '" + this.world.template.template().code() + "')].periodTypes[0]")
						.doesNotExist());
		this.mvc.perform(post("/api/v1/templates").with(national).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "%s", "name": "Mẫu thử", "levels": ["PROVINCE"], "kinds": [],
				 "periodTypes": ["HANG_TUAN"], "sections": []}
				""".formatted(this.world.code("BAD"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("reporting.error.unknownPeriodType"));
	}

	@Test
	void aUnitExpectedTwiceATemplateOfAnotherTypeOrOutsideTheScopeOpensNothing() throws Exception {
		long before = periodCount();
		TemplateStructure otherCommuneTemplate = this.catalogue.defineTemplate(this.world.signedIn("admin"),
				new TemplateDefinition(this.world.code("TPL2"), "Báo cáo khác " + this.world.prefix, "",
						List.of("COMMUNE"), List.of(), List.of(new SectionDefinition(0, "Phần thứ nhất", "KẾT QUẢ", "",
								false, List.of(this.world.code("MEM"))))));
		String twice = request("SIX_MONTH", otherCommuneTemplate.template().id(), this.world.province);
		this.mvc.perform(post("/api/v1/periods").with(api()).contentType(MediaType.APPLICATION_JSON).content(twice))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("reporting.error.unitExpectedTwice"))
			.andExpect(jsonPath("$.field").value("parts"))
			.andExpect(jsonPath("$.detail").value(containsString("thuộc diện báo cáo theo cả hai biểu mẫu")));
		String monthly = request("MONTHLY", this.provincial.template().id(), this.world.province);
		this.mvc.perform(post("/api/v1/periods").with(api()).contentType(MediaType.APPLICATION_JSON).content(monthly))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("reporting.error.templateNotForType"))
			.andExpect(jsonPath("$.detail").value(containsString("không dùng cho loại kỳ báo cáo này")));
		String sameTemplate = request("SIX_MONTH", this.world.template.template().id(), this.world.province);
		this.mvc
			.perform(post("/api/v1/periods").with(api()).contentType(MediaType.APPLICATION_JSON).content(sameTemplate))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("reporting.error.templateTwice"));
		ReportingFixture elsewhere = this.fixtures.create();
		String outside = request("SIX_MONTH", this.provincial.template().id(), elsewhere.province);
		this.mvc.perform(post("/api/v1/periods").with(api()).contentType(MediaType.APPLICATION_JSON).content(outside))
			.andExpect(status().isNotFound());
		// The page says the same in Vietnamese, with the form kept.
		Cookie province = MvcSignIn.session(this.mvc, this.world.provinceOfficer, ReportingFixture.PASSWORD);
		this.mvc
			.perform(post("/reporting/periods").cookie(province)
				.with(csrf())
				.param("templateId", String.valueOf(this.world.template.template().id()))
				.param("type", "QUARTERLY")
				.param("name", "Quý I/2036")
				.param("windowFrom", "2036-01-01")
				.param("windowTo", "2036-03-31")
				.param("deadline", "2036-04-05")
				.param("units", String.valueOf(this.world.province))
				.param("parts[0].templateId", String.valueOf(this.provincial.template().id()))
				.param("parts[0].units", String.valueOf(this.world.province)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("không dùng cho loại kỳ báo cáo này")))
			.andExpect(content().string(containsString("value=\"Quý I/2036\"")));
		assertThatThrownBy(() -> this.periods.open(officer(),
				new OpenPeriod(this.world.template.template().id(), PeriodType.SIX_MONTH, "Kỳ thử",
						LocalDate.of(2036, 1, 1), LocalDate.of(2036, 6, 30), LocalDate.of(2036, 7, 5),
						List.of(this.world.province),
						List.of(new OpenPeriod.Part(this.provincial.template().id(), List.of(elsewhere.province))))))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.periods.open(officer(),
				new OpenPeriod(this.world.template.template().id(), PeriodType.SIX_MONTH, "Kỳ thử",
						LocalDate.of(2036, 1, 1), LocalDate.of(2036, 6, 30), LocalDate.of(2036, 7, 5),
						List.of(this.world.province),
						List.of(new OpenPeriod.Part(this.provincial.template().id(), List.of(this.world.commune))))))
			.isInstanceOfSatisfying(RejectedException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("reporting.error.noExpectedUnitsOf"));
		assertThat(periodCount()).as("nothing half-written").isEqualTo(before);
		assertThat(template(otherCommuneTemplate.template().id()).latestFrozen()).isFalse();
	}

	private String request(String type, long otherTemplate, long otherUnit) {
		return """
				{"templateId": %d, "type": "%s", "name": "Kỳ bị từ chối", "windowFrom": "2036-01-01",
				 "windowTo": "2036-06-30", "deadline": "2036-07-05", "units": [%d],
				 "parts": [{"templateId": %d, "units": [%d]}]}
				""".formatted(this.world.template.template().id(), type, this.world.province, otherTemplate, otherUnit);
	}

	private Period open(PeriodType type, String name, long provincialTemplate) {
		LocalDate from = (type == PeriodType.ANNUAL) ? LocalDate.of(2033, 12, 15) : LocalDate.of(2033, 12, 15);
		LocalDate to = (type == PeriodType.ANNUAL) ? LocalDate.of(2034, 12, 14) : LocalDate.of(2034, 6, 14);
		return this.periods.open(officer(),
				new OpenPeriod(this.world.template.template().id(), type, name, from, to, to.plusDays(6),
						List.of(this.world.province),
						List.of(new OpenPeriod.Part(provincialTemplate, List.of(this.world.province)))));
	}

	private SignedInUser officer() {
		return this.world.signedIn(this.world.provinceOfficer);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor api() {
		return httpBasic(this.world.provinceOfficer, ReportingFixture.PASSWORD);
	}

	private Template template(long id) {
		return this.catalogue.template(id);
	}

	private long periodCount() {
		return this.jdbc.sql("select count(*) from reporting.period").query(Long.class).single();
	}

}
