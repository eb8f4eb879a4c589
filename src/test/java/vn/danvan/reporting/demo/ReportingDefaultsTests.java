package vn.danvan.reporting.demo;

import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.catalogue.CatalogueDefinition;
import vn.danvan.reporting.submissions.FieldIssue;
import vn.danvan.reporting.Indicator;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.submissions.Revision;
import vn.danvan.reporting.Section;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.submissions.SubmissionContent;
import vn.danvan.reporting.SubmissionState;
import vn.danvan.reporting.Submissions;
import vn.danvan.reporting.catalogue.Template;
import vn.danvan.reporting.TemplateStructure;
import vn.danvan.reporting.submissions.Transition;
import vn.danvan.reporting.UnitStatus;
import vn.danvan.reporting.ValueType;
import vn.danvan.reporting.catalogue.Breakdown;
import vn.danvan.reporting.submissions.SubmissionValidator;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.shared.security.Role;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.shared.time.VietnamTime;
import vn.danvan.units.imports.UnitImports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The default catalogue is loaded on start (also in the test context), is complete and
 * consistent, and loads twice without change; the demo reports load on the demo units (in
 * a transaction rolled back at the end, so other tests never see them).
 */
@DanvanIntegrationTest
class ReportingDefaultsTests {

	static final String SIX_MONTH = "BC_SO_KET_6_THANG";

	static final String ANNUAL = "BC_TONG_KET_NAM";

	static final String COMMISSION = "BC_BAN_TINH";

	static final String ORGANISATION = "BC_DOAN_THE_TINH";

	@Autowired
	ReportingDefaults defaults;

	@Autowired
	ReportingDemoData demo;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Periods periods;

	@Autowired
	Submissions submissions;

	@Autowired
	Accounts accounts;

	@Autowired
	UnitImports unitImports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDefaultCatalogueIsLoadedOnStart() {
		CatalogueDefinition definition = this.defaults.definition();
		assertThat(definition.indicators()).hasSizeGreaterThanOrEqualTo(60);
		for (var indicator : definition.indicators()) {
			assertThat(this.catalogue.indicatorByCode(indicator.code())).as(indicator.code()).isPresent();
		}
		assertThat(this.catalogue.templates()).extracting(Template::code).contains(SIX_MONTH, ANNUAL);
		assertThat(this.catalogue.breakdowns()).extracting(Breakdown::code)
			.contains("LINH_VUC", "TO_CHUC", "LOAI_DON_THU", "TAP_THE_CA_NHAN", "MO_HINH_DIEN_HINH");
	}

	@Test
	void bothTemplatesHaveTheReportStructureInOrder() {
		for (String code : List.of(SIX_MONTH, ANNUAL)) {
			TemplateStructure structure = structure(code);
			assertThat(structure.sections().stream().filter((s) -> s.depth() == 0).map(Section::label))
				.containsExactly("Phần thứ nhất", "Phần thứ hai", "Phần thứ ba");
			assertThat(structure.sections().stream().filter((s) -> s.depth() == 1).map(Section::heading))
				.containsExactly("I. Đặc điểm tình hình", "II. Kết quả", "III. Đánh giá chung");
			assertThat(structure.sections().stream().filter((s) -> s.depth() == 2).map(Section::label))
				.containsExactly("1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9.", "1.", "2.", "3.", "4.");
			assertThat(structure.sections()).filteredOn(Section::narrative)
				.allSatisfy((s) -> assertThat(s.guidance()).isNotBlank());
			assertThat(structure.levels()).extracting(Enum::name).containsExactly("COMMUNE");
			assertThat(structure.kinds()).extracting(Enum::name)
				.containsExactlyInAnyOrder("COMMUNE", "WARD", "TOWNSHIP", "SPECIAL_ZONE");
		}
		TemplateStructure sixMonth = structure(SIX_MONTH);
		TemplateStructure annual = structure(ANNUAL);
		assertThat(sixMonth.template().name()).isEqualTo("Báo cáo sơ kết công tác dân vận 6 tháng");
		assertThat(annual.template().name()).isEqualTo("Báo cáo tổng kết công tác dân vận năm");
		assertThat(sixMonth.cells()).hasSizeBetween(55, 70);
		assertThat(sixMonth.indicators()).hasSizeGreaterThanOrEqualTo(40);
		assertThat(annual.indicators().values()).hasSizeGreaterThan(sixMonth.indicators().size())
			.extracting(Indicator::code)
			.containsAll(sixMonth.indicators().values().stream().map(Indicator::code).toList());
		assertThat(sixMonth.rules()).isNotEmpty();
	}

	@Test
	void everyPercentageHasItsPartsInTheSameTemplateAndAtMostAHundred() {
		for (String code : List.of(SIX_MONTH, ANNUAL, COMMISSION, ORGANISATION)) {
			TemplateStructure structure = structure(code);
			List<Indicator> percentages = structure.indicators()
				.values()
				.stream()
				.filter((i) -> i.valueType() == ValueType.PERCENTAGE)
				.toList();
			assertThat(percentages)
				.hasSizeGreaterThanOrEqualTo(code.startsWith("BC_SO_KET") || code.equals(ANNUAL) ? 3 : 1);
			for (Indicator percentage : percentages) {
				assertThat(structure.indicators()).containsKeys(percentage.numeratorId(), percentage.denominatorId());
				assertThat(percentage.maxValue()).isEqualByComparingTo("100");
				assertThat(percentage.unitOfMeasure()).isEqualTo("%");
			}
			assertThat(structure.indicators().values()).filteredOn((i) -> i.valueType() == ValueType.INTEGER)
				.allSatisfy((i) -> assertThat(i.minValue()).isEqualByComparingTo("0"));
		}
	}

	@Test
	void theProvincialTemplatesAreForTheCommissionAndTheMassOrganisationsOwnWork() {
		TemplateStructure commission = structure(COMMISSION);
		TemplateStructure organisation = structure(ORGANISATION);
		assertThat(commission.template().name())
			.isEqualTo("Báo cáo công tác dân vận của Ban Tuyên giáo và Dân vận tỉnh ủy");
		assertThat(commission.levels()).extracting(Enum::name).containsExactly("PROVINCE");
		assertThat(commission.kinds()).extracting(Enum::name)
			.containsExactlyInAnyOrder("PROPAGANDA_AND_MOBILISATION_BOARD", "MASS_MOBILISATION_BOARD");
		assertThat(organisation.levels()).extracting(Enum::name).containsExactly("PROVINCE");
		assertThat(organisation.kinds()).extracting(Enum::name)
			.containsExactlyInAnyOrder("FATHERLAND_FRONT", "FARMERS_UNION", "WOMENS_UNION", "YOUTH_UNION",
					"VETERANS_ASSOCIATION", "TRADE_UNION");
		for (TemplateStructure structure : List.of(commission, organisation)) {
			assertThat(structure.template().periodTypes()).extracting(Enum::name)
				.containsExactlyInAnyOrder("SIX_MONTH", "ANNUAL");
			assertThat(structure.sections().stream().filter((s) -> s.depth() == 0).map(Section::label))
				.containsExactly("Phần thứ nhất", "Phần thứ hai", "Phần thứ ba");
			assertThat(structure.sections().stream().filter((s) -> s.depth() == 1).map(Section::heading))
				.containsExactly("I. Đặc điểm tình hình", "II. Kết quả", "III. Đánh giá chung");
			assertThat(structure.sections()).filteredOn(Section::narrative)
				.allSatisfy((s) -> assertThat(s.guidance()).isNotBlank());
			// What the communes report about their territory (population, members of the
			// communes' organisations, models bound to the registry) is not asked again
			// of the province: added up, it would count the same people twice.
			assertThat(structure.indicators().values()).extracting(Indicator::code)
				.doesNotContain("DAN_SO", "SO_HO", "HOI_VIEN", "DOI_TUONG_TAP_HOP", "HOI_VIEN_MOI", "MH_DANG_KY",
						"LUOT_TAP_HUAN", "DIEM_CAU_TRUC_TUYEN");
			assertThat(structure.cells()).hasSizeGreaterThan(10);
		}
		assertThat(commission.indicators().values()).extracting(Indicator::code)
			.contains("VB_CHI_DAO", "HN_QUAN_TRIET", "HN_DOI_THOAI_DINH_KY", "CUOC_KIEM_TRA_GIAM_SAT", "LOP_TAP_HUAN",
					"MH_DVK_CAP_TINH");
		assertThat(organisation.indicators().values()).extracting(Indicator::code)
			.contains("HV_TOAN_TINH", "HV_MOI_TOAN_TINH", "CUOC_GIAM_SAT", "CUOC_PHAN_BIEN", "CUOC_VAN_DONG",
					"QUY_VAN_DONG");
		assertThat(structure(SIX_MONTH).template().periodTypes()).as("the commune templates stay for any type")
			.isEmpty();
	}

	@Test
	void loadingTwiceChangesNothing() {
		Map<String, Long> before = counts();
		assertThat(this.defaults.loadCatalogue()).isTrue();
		assertThat(this.defaults.loadCatalogue()).isTrue();
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void demoFiguresRespectEveryRule() {
		for (String code : List.of(ANNUAL, COMMISSION, ORGANISATION)) {
			demoFiguresRespectEveryRule(structure(code));
		}
	}

	private void demoFiguresRespectEveryRule(TemplateStructure structure) {
		for (long seed = 0; seed < 50; seed++) {
			Map<String, Object> values = DemoFigures.values(structure, seed, (seed % 2 == 0) ? 1.0 : 0.5);
			SubmissionContent content = SubmissionValidator.apply(structure, SubmissionContent.EMPTY, values, Map.of());
			assertThat(SubmissionValidator.check(structure, content, null)).as("seed %d", seed)
				.noneMatch(FieldIssue::error);
		}
	}

	@Test
	@Transactional
	void theDemoReportsLoadOnTheDemoUnitsOnce() throws Exception {
		try (InputStream seed = new ClassPathResource("demo/units.csv").getInputStream()) {
			assertThat(this.unitImports.importCsv(seed, "test").errors()).isEmpty();
		}
		ReportingDemoData.Loaded loaded = this.demo.load().orElseThrow();
		assertThat(loaded.earlierPeriodId()).isNotNull();
		assertThat(loaded.pastPeriodId()).isNotNull();
		assertThat(loaded.currentPeriodId()).isNotNull();

		SignedInUser officer = this.accounts.principal(ReportingDemoData.PROVINCE_OFFICER).orElseThrow();
		assertThat(officer.hasRole(Role.COMMISSION_OFFICER)).isTrue();
		assertThat(this.accounts.findByUsername(ReportingDemoData.AN_PHU_OFFICER)).isPresent();
		assertThat(this.accounts.findByUsername(ReportingDemoData.CAM_THANH_OFFICER)).isPresent();

		Period past = this.periods.get(officer, loaded.pastPeriodId());
		assertThat(past.name()).isEqualTo("Sơ kết 6 tháng đầu năm 2026");
		List<UnitStatus> statuses = this.periods.statuses(officer, past.id());
		Map<SubmissionState, Long> byState = statuses.stream()
			.collect(Collectors.groupingBy(UnitStatus::state, Collectors.counting()));
		assertThat(byState.get(SubmissionState.NOT_STARTED)).isEqualTo(1);
		assertThat(byState.get(SubmissionState.RETURNED)).isEqualTo(1);
		assertThat(byState.get(SubmissionState.APPROVED)).isGreaterThanOrEqualTo(2);
		assertThat(byState.get(SubmissionState.SUBMITTED)).isGreaterThanOrEqualTo(1);
		// Believable hand-in dates: most on time, a few late, none on the day the demo
		// was
		// loaded; "Quá hạn" only for a report not handed in.
		java.time.Instant deadlineEnd = past.deadline().plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant();
		List<UnitStatus> handedIn = statuses.stream().filter((s) -> s.submittedAt() != null).toList();
		assertThat(handedIn).allSatisfy(
				(s) -> assertThat(s.submittedAt()).isBetween(past.windowTo().atStartOfDay(VietnamTime.ZONE).toInstant(),
						deadlineEnd.plus(java.time.Duration.ofDays(10))));
		assertThat(handedIn).filteredOn(UnitStatus::handedInLate).isNotEmpty().hasSizeLessThan(handedIn.size() / 2);
		assertThat(statuses).filteredOn((s) -> s.state() == SubmissionState.APPROVED).noneMatch(UnitStatus::overdue);
		assertThat(statuses).filteredOn(UnitStatus::overdue)
			.extracting(UnitStatus::state)
			.doesNotContain(SubmissionState.APPROVED, SubmissionState.SUBMITTED);
		// The period page: red "Quá hạn" only on reports not handed in, "Nộp muộn" on
		// late ones.
		String page = this.mvc.perform(get("/reporting/periods/" + past.id()).with(user(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (UnitStatus status : statuses) {
			java.util.regex.Matcher row = java.util.regex.Pattern
				.compile("<tr[^>]*data-unit=\"" + status.unitId() + "\"[^>]*>(.*?)</tr>",
						java.util.regex.Pattern.DOTALL)
				.matcher(page);
			assertThat(row.find()).as(status.unitName()).isTrue();
			assertThat(row.group(0).contains("table-danger")).as(status.unitName() + " red")
				.isEqualTo(status.overdue());
			assertThat(row.group(1).contains("Quá hạn")).as(status.unitName() + " Quá hạn").isEqualTo(status.overdue());
			assertThat(row.group(1).contains("Nộp muộn")).as(status.unitName() + " Nộp muộn")
				.isEqualTo(status.handedInLate());
		}
		UnitStatus camThanh = statuses.stream()
			.filter((s) -> ReportingDemoData.CAM_THANH.equals(s.unitCode()))
			.findFirst()
			.orElseThrow();
		assertThat(camThanh.state()).isEqualTo(SubmissionState.RETURNED);
		SignedInUser camThanhOfficer = this.accounts.principal(ReportingDemoData.CAM_THANH_OFFICER).orElseThrow();
		Submission returned = this.submissions.get(camThanhOfficer, camThanh.submissionId());
		assertThat(this.submissions.transitions(camThanhOfficer, returned.id())).extracting(Transition::comment)
			.contains(ReportingDemoData.RETURN_COMMENT);
		assertThat(this.submissions.revisions(camThanhOfficer, returned.id())).extracting(Revision::changedBy)
			.containsOnly(ReportingDemoData.CAM_THANH_OFFICER);
		SubmissionContent content = this.submissions.content(returned);
		assertThat(content.numbers()).hasSizeGreaterThan(50);
		assertThat(content.narratives().values()).anySatisfy((text) -> assertThat(text).contains("phường Cẩm Thành"));

		Period earlier = this.periods.get(officer, loaded.earlierPeriodId());
		assertThat(earlier.name()).isEqualTo("Sơ kết 6 tháng cuối năm 2025");
		assertThat(this.periods.previous(past)).map(Period::id).contains(earlier.id());
		assertThat(this.periods.statuses(officer, earlier.id())).extracting(UnitStatus::state)
			.containsOnly(SubmissionState.APPROVED)
			.hasSize(statuses.size());
		assertThat(earlier.closed()).isTrue();
		assertThat(this.periods.statuses(officer, earlier.id())).noneMatch(UnitStatus::overdue)
			.allSatisfy((s) -> assertThat(s.submittedAt())
				.isBefore(earlier.deadline().plusDays(11).atStartOfDay(VietnamTime.ZONE).toInstant()))
			.filteredOn((s) -> !s.late())
			.hasSizeGreaterThan(statuses.size() / 2);
		UnitStatus anPhu = statuses.stream()
			.filter((s) -> ReportingDemoData.AN_PHU.equals(s.unitCode()))
			.findFirst()
			.orElseThrow();
		UnitStatus anPhuEarlier = this.periods.statuses(officer, earlier.id())
			.stream()
			.filter((s) -> ReportingDemoData.AN_PHU.equals(s.unitCode()))
			.findFirst()
			.orElseThrow();
		Map<String, java.math.BigDecimal> now = this.submissions
			.content(this.submissions.get(officer, anPhu.submissionId()))
			.numbers();
		Map<String, java.math.BigDecimal> before = this.submissions
			.content(this.submissions.get(officer, anPhuEarlier.submissionId()))
			.numbers();
		assertThat(before.keySet()).as("the earlier report has the same figures filled").isEqualTo(now.keySet());
		java.math.BigDecimal population = before.get("DAN_SO");
		assertThat(population).as("population moves by at most 2 %")
			.isBetween(now.get("DAN_SO").multiply(new java.math.BigDecimal("0.97")), now.get("DAN_SO"));
		assertThat(before).as("most counts were lower half a year earlier").isNotEqualTo(now);

		Period current = this.periods.get(officer, loaded.currentPeriodId());
		assertThat(current.deadline()).hasToString("2026-12-20");
		List<UnitStatus> currentStatuses = this.periods.statuses(officer, current.id());
		assertThat(currentStatuses).filteredOn((s) -> s.templateVersionId() == current.templateVersionId())
			.extracting(UnitStatus::state)
			.containsOnly(SubmissionState.NOT_STARTED, SubmissionState.DRAFT)
			.filteredOn((s) -> s == SubmissionState.DRAFT)
			.hasSize(1);
		// The current period also expects the province commission's own report, with the
		// provincial template, partly filled.
		assertThat(this.periods.structures(current)).extracting((t) -> t.template().code())
			.containsExactly(ANNUAL, COMMISSION);
		List<UnitStatus> ownReports = currentStatuses.stream()
			.filter((s) -> s.templateVersionId() != current.templateVersionId())
			.toList();
		assertThat(ownReports).hasSize(1);
		UnitStatus commissionReport = ownReports.get(0);
		assertThat(commissionReport.unitName()).isEqualTo("Ban Tuyên giáo và Dân vận Tỉnh ủy");
		assertThat(commissionReport.state()).isEqualTo(SubmissionState.DRAFT);
		Submission own = this.submissions.get(officer, commissionReport.submissionId());
		assertThat(this.submissions.structure(own).template().code()).isEqualTo(COMMISSION);
		assertThat(this.submissions.content(own).numbers()).isNotEmpty();
		assertThat(this.submissions.content(own).narratives().values())
			.anySatisfy((text) -> assertThat(text).contains("ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi"));
		this.mvc.perform(get("/reporting/periods/" + current.id()).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("data-template=\"" + COMMISSION + "\"")));

		ReportingDemoData.Loaded again = this.demo.load().orElseThrow();
		assertThat(again.usersCreated()).isEmpty();
		assertThat(again.earlierPeriodId()).isNull();
		assertThat(again.pastPeriodId()).isNull();
		assertThat(again.currentPeriodId()).isNull();
		assertThat(Set.copyOf(this.periods.statuses(officer, past.id()))).isEqualTo(Set.copyOf(statuses));
	}

	private TemplateStructure structure(String code) {
		Template template = this.catalogue.templates()
			.stream()
			.filter((t) -> t.code().equals(code))
			.findFirst()
			.orElseThrow();
		return this.catalogue.structure(template.latestVersionId());
	}

	private Map<String, Long> counts() {
		return Map.of("indicator", count("reporting.indicator"), "breakdown", count("reporting.breakdown"), "item",
				count("reporting.breakdown_item"), "rule", count("reporting.rule"), "template",
				count("reporting.template"), "version", count("reporting.template_version"), "section",
				count("reporting.template_section"));
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
