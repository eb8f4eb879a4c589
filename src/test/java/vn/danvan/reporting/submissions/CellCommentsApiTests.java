package vn.danvan.reporting.submissions;

import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.MvcSignIn;
import vn.danvan.accounts.Accounts;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.ReportingFixtures;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.Submissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.danvan.reporting.ReportingFixture.values;

/**
 * Reviewers' comments on cells (issue 20): only the report's reviewers write them, while
 * it is under review; the unit reads them after the return, by the reviewer's name, with
 * the version they were made on, and marks them answered; everyone else is refused as in
 * the rest of the module (404 outside the scope, 403 without the right); each is audited.
 */
@DanvanIntegrationTest
class CellCommentsApiTests {

	static final String TEXT = "Số đơn thư chưa khớp với sổ tiếp dân";

	@Autowired
	ReportingFixtures fixtures;

	@Autowired
	Submissions submissions;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	ReportingFixture world;

	Submission handedIn;

	@BeforeEach
	void aHandedInReport() {
		this.world = this.fixtures.create();
		Period period = this.world.openPeriod("Sơ kết 6 tháng đầu năm 2043", LocalDate.of(2042, 12, 15),
				LocalDate.of(2043, 6, 14), LocalDate.of(2043, 6, 20));
		var commune = this.world.signedIn(this.world.communeOfficer);
		Submission s = this.submissions.find(commune, period.id(), this.world.commune).orElseThrow();
		Submission saved = this.submissions.save(commune, s.id(), s.version(),
				values(code("REG") + ".A", "3", code("MEM"), "40", code("ELIG"), "80"), Map.of(), "FORM");
		this.handedIn = this.submissions.submit(commune, s.id(), saved.version());
	}

	@Test
	void theReviewerCommentsTheUnitReadsAfterTheReturnAndMarksItAnswered() throws Exception {
		String path = "/api/v1/submissions/" + this.handedIn.id() + "/comments";
		String province = this.world.provinceOfficer;
		String name = this.accounts.displayNames(java.util.List.of(province)).get(province);
		write(province, code("MEM"), TEXT).andExpect(status().isCreated())
			.andExpect(jsonPath("$.cell").value(code("MEM")))
			.andExpect(jsonPath("$.text").value(TEXT))
			.andExpect(jsonPath("$.version").value(this.handedIn.version()))
			.andExpect(jsonPath("$.authorName").value(name))
			.andExpect(jsonPath("$.answered").value(false));
		// While the review is under way the unit does not see it yet; the reviewer does.
		this.mvc.perform(get(path).with(httpBasic(province, ReportingFixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)));
		this.mvc.perform(get(path).with(httpBasic(this.world.communeOfficer, ReportingFixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));

		// Only the reviewers write, only while it is under review, only on a cell of the
		// template.
		write(this.world.communeOfficer, code("MEM"), "Tự nhận xét").andExpect(status().isForbidden());
		write(this.world.otherCommuneOfficer, code("MEM"), "Xã khác").andExpect(status().isNotFound());
		write(province, "KHONG_CO", TEXT).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("cell"));
		write(province, code("MEM"), "  ").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("text"))
			.andExpect(jsonPath("$.detail").value("Hãy nhập nội dung nhận xét."));
		write(province, code("MEM"), "x".repeat(2001)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("text"));

		var returned = this.submissions.returnToUnit(this.world.signedIn(province), this.handedIn.id(),
				"Xem lại các ô có nhận xét", this.handedIn.version());
		write(province, code("ELIG"), "Sau khi trả lại").andExpect(status().isConflict());
		String listed = this.mvc
			.perform(get(path).with(httpBasic(this.world.communeOfficer, ReportingFixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].text").value(TEXT))
			.andExpect(jsonPath("$[0].authorName").value(name))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long commentId = ((Number) com.jayway.jsonpath.JsonPath.read(listed, "$[0].id")).longValue();
		this.mvc.perform(get(path).with(httpBasic(this.world.otherCommuneOfficer, ReportingFixture.PASSWORD)))
			.andExpect(status().isNotFound());

		// The report page shows it beside its cell and in the list, to the unit.
		Cookie commune = MvcSignIn.session(this.mvc, this.world.communeOfficer, ReportingFixture.PASSWORD);
		this.mvc.perform(get("/reporting/submissions/{id}", this.handedIn.id()).cookie(commune))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"cc-" + code("MEM") + "\"")))
			.andExpect(content().string(containsString("id=\"comment-" + commentId + "\"")))
			.andExpect(content().string(containsString(TEXT)))
			.andExpect(content().string(containsString("id=\"answer-" + commentId + "\"")))
			.andExpect(content().string(not(containsString("id=\"comment-form\""))));

		// The reviewer does not answer for the unit; the unit marks it answered once.
		this.mvc.perform(post(path + "/{c}/answered", commentId).with(httpBasic(province, ReportingFixture.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(path + "/{c}/answered", commentId)
				.with(httpBasic(this.world.otherCommuneOfficer, ReportingFixture.PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/reporting/submissions/{id}/comments/{c}/answered", this.handedIn.id(), commentId)
				.cookie(commune)
				.with(csrf()))
			.andExpect(redirectedUrl("/reporting/submissions/" + this.handedIn.id() + "#comment-" + commentId));
		this.mvc
			.perform(post(path + "/{c}/answered", commentId)
				.with(httpBasic(this.world.communeOfficer, ReportingFixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answered").value(true));
		assertThat(audited("CELL_COMMENT_WRITTEN")).isEqualTo(1);
		assertThat(audited("CELL_COMMENT_ANSWERED")).isEqualTo(1);
		assertThat(returned.version()).isGreaterThan(this.handedIn.version());
	}

	@Test
	void theReviewerWritesFromTheReportPageAndIsTakenBackToTheCell() throws Exception {
		Cookie province = MvcSignIn.session(this.mvc, this.world.provinceOfficer, ReportingFixture.PASSWORD);
		this.mvc.perform(get("/reporting/submissions/{id}", this.handedIn.id()).cookie(province))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"comment-form\"")))
			.andExpect(content().string(
					containsString("maxlength=\"2000\" class=\"form-control form-control-sm\" id=\"comment-text\"")));
		this.mvc
			.perform(post("/reporting/submissions/{id}/comments", this.handedIn.id()).cookie(province)
				.with(csrf())
				.param("cell", code("REG") + ".A")
				.param("text", TEXT))
			.andExpect(redirectedUrl("/reporting/submissions/" + this.handedIn.id() + "#c-" + code("REG") + ".A"));
		this.mvc
			.perform(post("/reporting/submissions/{id}/comments", this.handedIn.id()).cookie(province)
				.with(csrf())
				.param("cell", code("REG") + ".A")
				.param("text", ""))
			.andExpect(redirectedUrl("/reporting/submissions/" + this.handedIn.id() + "#review"));
		Cookie commune = MvcSignIn.session(this.mvc, this.world.communeOfficer, ReportingFixture.PASSWORD);
		this.mvc
			.perform(post("/reporting/submissions/{id}/comments", this.handedIn.id()).cookie(commune)
				.with(csrf())
				.param("cell", code("REG") + ".A")
				.param("text", TEXT))
			.andExpect(status().isForbidden());
		assertThat(audited("CELL_COMMENT_WRITTEN")).isEqualTo(1);
	}

	private ResultActions write(String username, String cell, String text) throws Exception {
		String body = "{\"cell\": \"" + cell + "\", \"text\": \"" + text + "\"}";
		return this.mvc.perform(
				post("/api/v1/submissions/{id}/comments", this.handedIn.id()).contentType(MediaType.APPLICATION_JSON)
					.content(body)
					.with(httpBasic(username, ReportingFixture.PASSWORD)));
	}

	private long audited(String action) {
		return this.jdbc.sql("select count(*) from accounts.audit_log where action = ? and target_id = ?")
			.params(action, String.valueOf(this.handedIn.id()))
			.query(Long.class)
			.single();
	}

	private String code(String name) {
		return this.world.code(name);
	}

}
