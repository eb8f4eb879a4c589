package vn.danvan.reporting.submissions;

import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.MvcSignIn;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.ReportingFixtures;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.SubmissionState;
import vn.danvan.reporting.Submissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.danvan.reporting.ReportingFixture.values;

/**
 * Work is never lost (issue 20): a draft keeps the text typed into a cell that cannot be
 * read, through the API as through the form; it is listed as an issue, shown back in the
 * cell wherever the form is opened, and blocks the hand-in; the roll-up never sees it.
 */
@DanvanIntegrationTest
class SubmissionDraftApiTests {

	@Autowired
	ReportingFixtures fixtures;

	@Autowired
	Submissions submissions;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	ReportingFixture world;

	Submission submission;

	@BeforeEach
	void aDraftOfTheCommune() {
		this.world = this.fixtures.create();
		Period period = this.world.openPeriod("Sơ kết 6 tháng đầu năm 2041", LocalDate.of(2040, 12, 15),
				LocalDate.of(2041, 6, 14), LocalDate.of(2041, 6, 20));
		this.submission = this.submissions
			.find(this.world.signedIn(this.world.communeOfficer), period.id(), this.world.commune)
			.orElseThrow();
	}

	@Test
	void anApiSaveWithAnInvalidCellIsKeptAsADraftWithTheCellsIssueAndCannotBeHandedIn() throws Exception {
		String members = code("MEM");
		this.mvc
			.perform(put("/api/v1/submissions/{id}", this.submission.id()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"version": %d, "values": {"%s": "mười hai", "%s": -3, "%s": 40, "%s": 2}}
						""".formatted(this.submission.version(), members, code("EFF"), code("ELIG"),
						code("REG") + ".A"))
				.with(httpBasic(this.world.communeOfficer, ReportingFixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DRAFT"))
			.andExpect(jsonPath("$.version").value(this.submission.version() + 1))
			.andExpect(jsonPath("$.values." + code("ELIG")).value(40))
			.andExpect(jsonPath("$.invalidValues." + members).value("mười hai"))
			.andExpect(jsonPath("$.invalidValues." + code("EFF")).value("-3"))
			.andExpect(jsonPath("$.issues[?(@.field == '" + members + "')].message")
				.value(hasItem("\"mười hai\" không phải là số. Nhập số như 1.234 hoặc 1,5.")))
			.andExpect(jsonPath("$.issues[?(@.field == '" + code("EFF") + "')].severity").value(hasItem("ERROR")));
		SubmissionContent content = this.submissions.content(this.submission);
		assertThat(content.numbers()).containsOnlyKeys(code("ELIG"), code("REG") + ".A");
		assertThat(content.raw()).containsOnly(Map.entry(members, "mười hai"), Map.entry(code("EFF"), "-3"));
		assertThat(this.submissions.revisions(this.world.signedIn(this.world.communeOfficer), this.submission.id()))
			.singleElement()
			.satisfies((r) -> assertThat(r.changes()).extracting(Revision.Change::after).contains("mười hai", "-3"));

		// Opened on another computer: the typed text is in its cell, with its error, in
		// the list of problems.
		Cookie elsewhere = MvcSignIn.session(this.mvc, this.world.communeOfficer, ReportingFixture.PASSWORD);
		this.mvc.perform(get("/reporting/submissions/{id}", this.submission.id()).cookie(elsewhere))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"mười hai\"")))
			.andExpect(content().string(containsString("Số hội viên: &quot;mười hai&quot; không phải là số")))
			.andExpect(content().string(containsString("Còn 2 lỗi")));

		// Handing it in is refused, listing the invalid cells; nothing reaches the
		// roll-up.
		this.mvc
			.perform(post("/api/v1/submissions/{id}/submit", this.submission.id())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}")
				.with(httpBasic(this.world.communeOfficer, ReportingFixture.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("reporting.error.cannotSubmit"))
			.andExpect(jsonPath("$.issues[*].field").value(hasItem(members)))
			.andExpect(jsonPath("$.issues[*].field").value(hasItem(code("EFF"))));
		Submission now = this.submissions.get(this.world.signedIn(this.world.communeOfficer), this.submission.id());
		assertThat(now.state()).isEqualTo(SubmissionState.DRAFT);
		// The view the roll-up reads carries numbers only: the kept texts are not in it.
		assertThat(this.jdbc.sql("""
				select count(*) from reporting.reported_value r join reporting.indicator i on i.id = r.indicator_id
				 where r.submission_id = ? and i.code in (?, ?)
				""").params(this.submission.id(), members, code("EFF")).query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from reporting.reported_value where submission_id = ?")
			.param(this.submission.id())
			.query(Long.class)
			.single()).isEqualTo(2);

		// Corrected: the raw text goes, the value is kept and the report can be handed
		// in.
		Submission corrected = this.submissions.save(this.world.signedIn(this.world.communeOfficer),
				this.submission.id(), now.version(), values(members, "12", code("EFF"), "1"), Map.of(), "API");
		assertThat(this.submissions.content(corrected).raw()).isEmpty();
		Submission handedIn = this.submissions.submit(this.world.signedIn(this.world.communeOfficer),
				this.submission.id(), corrected.version());
		assertThat(handedIn.state()).isEqualTo(SubmissionState.SUBMITTED);
	}

	@Test
	void aConcurrentSaveIsStillRefusedAndAnExcelSaveNeverKeepsRawText() throws Exception {
		this.mvc
			.perform(put("/api/v1/submissions/{id}", this.submission.id()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"version": %d, "values": {"%s": "abc"}}
						""".formatted(this.submission.version(), code("MEM")))
				.with(httpBasic(this.world.communeOfficer, ReportingFixture.PASSWORD)))
			.andExpect(status().isOk());
		this.mvc
			.perform(put("/api/v1/submissions/{id}", this.submission.id()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"version": %d, "values": {"%s": "xyz"}}
						""".formatted(this.submission.version(), code("MEM")))
				.with(httpBasic(this.world.communeOfficer, ReportingFixture.PASSWORD)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.changes[0].after").value("abc"));
		assertThatExceptionOfType(SubmissionInvalidException.class).isThrownBy(
				() -> this.submissions.save(this.world.signedIn(this.world.communeOfficer), this.submission.id(),
						this.submission.version() + 1, values(code("ELIG"), "mười"), Map.of(), "EXCEL"));
		// A value for a computed percentage is refused as before, and the refusal lists
		// every value that
		// could not be read (nothing is kept).
		this.mvc
			.perform(put("/api/v1/submissions/{id}", this.submission.id()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"version": %d, "values": {"%s": "40", "%s": "x"}}
						""".formatted(this.submission.version() + 1, code("RATE"), code("ELIG")))
				.with(httpBasic(this.world.communeOfficer, ReportingFixture.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.issues[*].field").value(hasItem(code("RATE"))))
			.andExpect(jsonPath("$.issues[*].field").value(hasItem(code("ELIG"))));
		assertThat(this.submissions.content(this.submission).raw()).containsExactly(Map.entry(code("MEM"), "abc"));
	}

	private String code(String name) {
		return this.world.code(name);
	}

}
