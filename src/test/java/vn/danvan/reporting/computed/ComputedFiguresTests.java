package vn.danvan.reporting.computed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.MvcSignIn;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.practices.Practice;
import vn.danvan.practices.PracticeId;
import vn.danvan.practices.Practices;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.ReportingFixtures;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.SubmissionState;
import vn.danvan.reporting.Submissions;
import vn.danvan.units.UnitScope;
import vn.danvan.shared.errors.DanvanException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Computed figures end to end on real PostgreSQL: an indicator item bound to the
 * practices registry's measure is shown read-only with its list, written when the report
 * is handed in, kept when the registry changes afterwards (shown as a difference), and
 * updated on request once the report is returned.
 */
@DanvanIntegrationTest
class ComputedFiguresTests {

	@Autowired
	ReportingFixtures fixtures;

	@Autowired
	ComputedFigures computed;

	@Autowired
	Submissions submissions;

	@Autowired
	Practices practices;

	@Autowired
	MockMvc mvc;

	ReportingFixture fixture;

	SignedInUser admin;

	int lastYear;

	Period period;

	@BeforeEach
	void aBoundTemplateAndAPeriodOfLastYear() {
		this.fixture = this.fixtures.create();
		this.admin = this.fixture.signedIn("admin");
		this.computed.bind(this.admin, this.fixture.code("REG"), "A", "practices.registered",
				Map.of("field", "KINH_TE"));
		this.computed.bind(this.admin, this.fixture.code("EFF"), "", "practices.effective", Map.of());
		this.lastYear = UnitScope.today().getYear() - 1;
		this.period = this.fixture.openPeriod("Năm " + this.lastYear, LocalDate.of(this.lastYear, 1, 1),
				LocalDate.of(this.lastYear, 12, 31), UnitScope.today().plusDays(30));
	}

	String register(String name) throws Exception {
		return this.mvc
			.perform(post("/api/v1/practices").contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "%s", "kind": "MODEL", "subject": "COLLECTIVE", "fields": ["KINH_TE"],
						 "registeredOn": "%d-03-01", "startedOn": "%d-03-10"}
						""".formatted(name, this.lastYear, this.lastYear))
				.with(httpBasic(this.fixture.communeOfficer, ReportingFixture.PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void theHandedInValueIsKeptAndAChangeOfTheRegistryShowsAsADifference() throws Exception {
		register("Tổ hợp tác trồng keo");
		SignedInUser commune = this.fixture.signedIn(this.fixture.communeOfficer);
		Submission submission = this.submissions.find(commune, this.period.id(), this.fixture.commune).orElseThrow();
		String key = this.fixture.code("REG") + ".A";
		ComputedCell cell = this.computed.cells(submission).get(key);
		assertThat(cell.current()).isEqualByComparingTo("1");
		assertThat(cell.stored()).isNull();
		assertThat(cell.listPath()).contains("unit=" + this.fixture.commune).contains("field=KINH_TE");
		assertThat(this.computed.cells(submission).get(this.fixture.code("EFF")).current()).isZero();

		Cookie session = MvcSignIn.session(this.mvc, this.fixture.communeOfficer, ReportingFixture.PASSWORD);
		this.mvc.perform(get("/reporting/submissions/{id}", submission.id()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dv-computed")))
			.andExpect(content().string(containsString("Xem 1 mô hình")))
			.andExpect(content().string(not(containsString("name=\"v." + key + "\""))));
		// A value typed into the read-only cell is not kept.
		this.mvc
			.perform(post("/reporting/submissions/{id}", submission.id()).param("version", "" + submission.version())
				.param("v." + key, "99")
				.param("v." + this.fixture.code("REG") + ".B", "3")
				.param("v." + this.fixture.code("MEM"), "10")
				.param("v." + this.fixture.code("ELIG"), "20")
				.cookie(session)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		Submission draft = this.submissions.get(commune, submission.id());
		assertThat(this.submissions.content(draft).numbers()).doesNotContainKey(key)
			.containsEntry(this.fixture.code("REG") + ".B", new BigDecimal("3"));

		Submission handedIn = this.computed.handIn(commune, submission.id(), draft.version());
		assertThat(handedIn.state()).isEqualTo(SubmissionState.SUBMITTED);
		assertThat(this.submissions.content(handedIn).numbers().get(key)).isEqualByComparingTo("1");

		register("Chợ phiên không dùng tiền mặt");
		ComputedCell after = this.computed.cells(handedIn).get(key);
		assertThat(after.stored()).isEqualByComparingTo("1");
		assertThat(after.current()).isEqualByComparingTo("2");
		assertThat(after.changed()).isTrue();
		assertThat(this.submissions.content(this.submissions.get(commune, submission.id())).numbers().get(key))
			.isEqualByComparingTo("1");
		assertThatExceptionOfType(DanvanException.class)
			.isThrownBy(() -> this.computed.refresh(commune, submission.id(), handedIn.version()));

		SignedInUser province = this.fixture.signedIn(this.fixture.provinceOfficer);
		Submission returned = this.submissions.returnToUnit(province, submission.id(), "Bổ sung số liệu",
				handedIn.version());
		this.mvc.perform(get("/reporting/submissions/{id}", submission.id()).cookie(session))
			.andExpect(content().string(containsString("id=\"computed-changed\"")))
			.andExpect(content().string(containsString("Số liệu nguồn đã thay đổi")))
			.andExpect(content().string(containsString(": 1 → 2.")));
		this.mvc
			.perform(post("/reporting/submissions/{id}/computed", submission.id())
				.param("version", "" + returned.version())
				.cookie(session)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.submissions.content(this.submissions.get(commune, submission.id())).numbers().get(key))
			.isEqualByComparingTo("2");
		this.mvc.perform(get("/reporting/submissions/{id}", submission.id()).cookie(session))
			.andExpect(content().string(not(containsString("id=\"computed-changed\""))));
	}

	@Test
	void theApiHandsInWithTheComputedValues() throws Exception {
		String created = register("Camera an ninh");
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id.value")).longValue();
		SignedInUser commune = this.fixture.signedIn(this.fixture.communeOfficer);
		Practice practice = this.practices.find(commune, new PracticeId(id)).orElseThrow();
		assertThat(practice.fields()).containsExactly("KINH_TE");
		Submission submission = this.submissions.find(commune, this.period.id(), this.fixture.commune).orElseThrow();
		this.submissions.save(commune, submission.id(), submission.version(), Map.of(this.fixture.code("REG") + ".B",
				"0", this.fixture.code("MEM"), "5", this.fixture.code("ELIG"), "9"), Map.of(), "TEST");
		this.mvc
			.perform(post("/api/v1/submissions/{id}/submit", submission.id()).contentType(MediaType.APPLICATION_JSON)
				.content("{}")
				.with(httpBasic(this.fixture.communeOfficer, ReportingFixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("SUBMITTED"));
		assertThat(this.submissions.content(this.submissions.get(commune, submission.id()))
			.numbers()
			.get(this.fixture.code("REG") + ".A")).isEqualByComparingTo("1");
	}

	@Test
	void onlyASystemAdministratorBindsAndABindingIsChecked() {
		SignedInUser province = this.fixture.signedIn(this.fixture.provinceOfficer);
		assertThatExceptionOfType(DanvanException.class)
			.isThrownBy(
					() -> this.computed.bind(province, this.fixture.code("EFF"), "", "practices.effective", Map.of()))
			.satisfies(
					(ex) -> assertThat(ex.messageKey()).isEqualTo("reporting.computed.error.notNationalAdministrator"));
		assertThatExceptionOfType(DanvanException.class).isThrownBy(
				() -> this.computed.bind(this.admin, this.fixture.code("REG"), "Z", "practices.registered", Map.of()))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("reporting.computed.error.item"));
		assertThatExceptionOfType(DanvanException.class)
			.isThrownBy(
					() -> this.computed.bind(this.admin, this.fixture.code("EFF"), "", "practices.nothing", Map.of()))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("reporting.computed.error.measure"));
		assertThatExceptionOfType(DanvanException.class)
			.isThrownBy(() -> this.computed.bind(this.admin, this.fixture.code("EFF"), "", "practices.registered",
					Map.of("field", "KHONG_CO")))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("reporting.computed.error.filter"));
		assertThatExceptionOfType(DanvanException.class).isThrownBy(
				() -> this.computed.bind(this.admin, this.fixture.code("NOTE"), "", "practices.registered", Map.of()))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("reporting.computed.error.notNumber"));
		assertThat(this.computed.bindings()).extracting(ComputedBinding::cellKey)
			.contains("MH_DANG_KY.KINH_TE", "MH_HIEU_QUA", "MH_CONG_NHAN.MO_HINH", this.fixture.code("REG") + ".A");
		assertThat(this.computed.measures()).extracting((m) -> m.name())
			.contains("practices.registered", "practices.effective", "practices.recognised",
					"practices.proposed-for-award");
	}

	@Test
	void aComputedCellCannotBeWrittenByHandThroughTheApi() throws Exception {
		register("Vườn mẫu");
		SignedInUser commune = this.fixture.signedIn(this.fixture.communeOfficer);
		Submission submission = this.submissions.find(commune, this.period.id(), this.fixture.commune).orElseThrow();
		String key = this.fixture.code("REG") + ".A";
		this.mvc
			.perform(put("/api/v1/submissions/{id}", submission.id()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"version": %d, "values": {"%s": 99, "%s": 3}}
						""".formatted(submission.version(), key, this.fixture.code("REG") + ".B"))
				.with(httpBasic(this.fixture.communeOfficer, ReportingFixture.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value(key))
			.andExpect(jsonPath("$.issues[0].field").value(key))
			.andExpect(jsonPath("$.issues[0].message").value("Ô này được tính từ sổ theo dõi, không nhập tay."));
		Submission unchanged = this.submissions.get(commune, submission.id());
		assertThat(unchanged.version()).isEqualTo(submission.version());
		assertThat(this.submissions.content(unchanged).numbers()).isEmpty();

		// Sent back as it is (nothing stored yet), a computed cell changes nothing and
		// the rest is saved.
		this.mvc
			.perform(put("/api/v1/submissions/{id}", submission.id()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"version": %d, "values": {"%s": null, "%s": 3}}
						""".formatted(submission.version(), key, this.fixture.code("REG") + ".B"))
				.with(httpBasic(this.fixture.communeOfficer, ReportingFixture.PASSWORD)))
			.andExpect(status().isOk());
		Submission handedIn = this.computed.handIn(commune, submission.id(), submission.version() + 1);
		assertThat(this.submissions.content(handedIn).numbers().get(key)).isEqualByComparingTo("1");
	}

	@Test
	void aComputedCellFilledInExcelIsAnErrorBesideItAndNothingIsApplied() throws Exception {
		register("Nhà văn hóa sáng - xanh");
		SignedInUser commune = this.fixture.signedIn(this.fixture.communeOfficer);
		Submission submission = this.submissions.find(commune, this.period.id(), this.fixture.commune).orElseThrow();
		String key = this.fixture.code("REG") + ".A";
		Cookie session = MvcSignIn.session(this.mvc, this.fixture.communeOfficer, ReportingFixture.PASSWORD);
		byte[] file = this.mvc.perform(get("/reporting/submissions/{id}/excel", submission.id()).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] filled = vn.danvan.reporting.excel.ExcelTestFiles.fill(file,
				ReportingFixture.values(key, 40, this.fixture.code("MEM"), 70));
		String page = this.mvc
			.perform(multipart("/reporting/submissions/{id}/excel", submission.id())
				.file(new MockMultipartFile("file", "bao-cao.xlsx",
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filled))
				.cookie(session)
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("Ô này được tính từ sổ theo dõi, không nhập tay.").doesNotContain("confirm-form");
		Submission unchanged = this.submissions.get(commune, submission.id());
		assertThat(unchanged.version()).isEqualTo(submission.version());
		assertThat(this.submissions.content(unchanged).numbers()).isEmpty();
	}

}
