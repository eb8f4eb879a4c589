package vn.danvan.documents.reviews;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.MvcSignIn;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.analytics.Analytics;
import vn.danvan.documents.DocumentsFixture;
import vn.danvan.documents.profiles.FormatProfiles;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.Submissions;
import vn.danvan.units.tree.UnitAdministration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The "Soạn báo cáo" pages: choose, compose, edit (a stale save keeps what was typed),
 * issue, download; scope and roles; the format profile page refusing impossible values.
 */
@DanvanIntegrationTest
class DocumentPagesTests {

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

	@Autowired
	Analytics analytics;

	@Autowired
	ReviewReports reports;

	@Autowired
	FormatProfiles profiles;

	DocumentsFixture fixture;

	@BeforeEach
	void world() {
		this.fixture = new DocumentsFixture(this.units, this.accounts, this.catalogue, this.periods, this.submissions,
				this.analytics);
	}

	@Test
	void anOfficerComposesEditsAndIssues() throws Exception {
		Cookie session = signIn(this.fixture.world.provinceOfficer);
		this.mvc.perform(get("/documents").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nav-documents\"")))
			.andExpect(content().string(containsString(this.fixture.period.name())));
		String location = this.mvc
			.perform(post("/documents/review-reports").param("unit", String.valueOf(this.fixture.world.province))
				.param("period", String.valueOf(this.fixture.period.id()))
				.cookie(session)
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/documents/review-reports/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String section = "section-" + this.fixture.resultsSection;
		this.mvc.perform(get(location).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2.071")))
			.andExpect(content().string(containsString(DocumentsFixture.NARRATIVE)))
			.andExpect(content().string(containsString("Chèn vào")));
		this.mvc
			.perform(post(location).param("version", "1")
				.param(section, "Nội dung tỉnh đã biên tập.")
				.cookie(session)
				.with(csrf()))
			.andExpect(redirectedUrl(location));
		this.mvc.perform(post(location).param("version", "1").param(section, "Bản gõ dở.").cookie(session).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"draft-error\"")))
			.andExpect(content().string(containsString("Bản nháp đã được")))
			.andExpect(content().string(containsString("Bản gõ dở.")));
		String document = this.mvc
			.perform(post(location + "/issue").param("version", "2")
				.param("signer", "HEAD")
				.param("signerName", "Trần Văn Bình")
				.param("recipients", "Ban Tuyên giáo và Dân vận Trung ương\nThường trực Tỉnh ủy")
				.cookie(session)
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/documents/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(document).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số 1-BC/BTGDVTU")))
			.andExpect(content().string(containsString("id=\"download-docx\"")));
		this.mvc.perform(get(document + "/docx").cookie(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".docx")));
		this.mvc.perform(get(document + "/xlsx").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get(location).cookie(session))
			.andExpect(content().string(containsString("id=\"draft-issued\"")))
			.andExpect(content().string(not(containsString("id=\"issue-form\""))));
		this.mvc.perform(get(document).cookie(signIn(this.fixture.world.communeOfficer)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(location).cookie(signIn(this.fixture.world.otherCommuneOfficer)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPeriodWithoutReportsIsExplainedAndReportersMayNotCompose() throws Exception {
		var empty = this.fixture.world.openPeriod("Sơ kết 6 tháng cuối năm 2036", java.time.LocalDate.of(2036, 7, 1),
				java.time.LocalDate.of(2036, 12, 31), java.time.LocalDate.of(2037, 1, 10));
		Cookie session = signIn(this.fixture.world.provinceOfficer);
		this.mvc
			.perform(post("/documents/review-reports").param("unit", String.valueOf(this.fixture.world.province))
				.param("period", String.valueOf(empty.id()))
				.cookie(session)
				.with(csrf()))
			.andExpect(redirectedUrl("/documents"));
		Cookie reporter = signIn(this.fixture.world.communeOfficer);
		this.mvc.perform(get("/documents").cookie(reporter)).andExpect(status().isForbidden());
		this.mvc.perform(get("/").cookie(reporter))
			.andExpect(content().string(not(containsString("id=\"nav-documents\""))));
	}

	@Test
	void theProfilePageRefusesImpossibleValues() throws Exception {
		Cookie admin = signIn("admin", vn.danvan.DanvanIntegrationTest.ADMIN_PASSWORD);
		var profile = this.profiles.current();
		this.mvc.perform(get("/admin/documents/profile").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("HD36-2018")))
			.andExpect(content().string(containsString("BTGDVTU")));
		this.mvc
			.perform(post("/admin/documents/profile").param("version", String.valueOf(profile.version()))
				.param("name", profile.name())
				.param("fontName", profile.fontName())
				.param("bodySize", "14")
				.param("headerSize", "14")
				.param("partySize", "15")
				.param("titleSize", "16")
				.param("marginTop", "-20")
				.param("marginBottom", "20")
				.param("marginLeft", "30")
				.param("marginRight", "15")
				.param("indentCm", "1,27")
				.param("bodySymbol", "BTGDVTU")
				.param("bodyLevel", "PROVINCE")
				.param("bodySuperior", "TỈNH ỦY {NAME}")
				.param("bodyIssuing", "BAN TUYÊN GIÁO VÀ DÂN VẬN")
				.param("bodySigning", "COMMISSION")
				.param("bodyPlace", "{Name}")
				.cookie(admin)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"profile-errors\"")))
			.andExpect(content().string(containsString("Lề trang không được âm.")));
		assertThat(this.profiles.current().version()).isEqualTo(profile.version());
		this.mvc.perform(get("/admin/documents/profile").cookie(signIn(this.fixture.world.provinceOfficer)))
			.andExpect(status().isForbidden());
	}

	private Cookie signIn(String username) throws Exception {
		return signIn(username, ReportingFixture.PASSWORD);
	}

	private Cookie signIn(String username, String password) throws Exception {
		return MvcSignIn.session(this.mvc, username, password);
	}

}
