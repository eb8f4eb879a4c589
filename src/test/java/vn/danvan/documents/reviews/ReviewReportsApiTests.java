package vn.danvan.documents.reviews;

import java.io.ByteArrayInputStream;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.analytics.Analytics;
import vn.danvan.documents.DocumentsFixture;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.Submissions;
import vn.danvan.units.tree.UnitAdministration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/v1/review-reports} and {@code /api/v1/documents}: compose, read, save,
 * issue (again: the same document), download each format; errors as problem details in
 * Vietnamese.
 */
@DanvanIntegrationTest
class ReviewReportsApiTests {

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

	final JsonMapper json = JsonMapper.builder().build();

	DocumentsFixture fixture;

	@BeforeEach
	void world() {
		this.fixture = new DocumentsFixture(this.units, this.accounts, this.catalogue, this.periods, this.submissions,
				this.analytics);
	}

	@Test
	void composeReadSaveIssueAndDownload() throws Exception {
		MvcResult created = this.mvc
			.perform(post("/api/v1/review-reports").contentType(MediaType.APPLICATION_JSON)
				.content(body(Map.of("unit", this.fixture.world.province, "period", this.fixture.period.id())))
				.with(officer()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/review-reports/")))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.state").value("DRAFT"))
			.andReturn();
		long id = read(created).get("id").asLong();
		String section = String.valueOf(this.fixture.resultsSection);
		this.mvc.perform(get("/api/v1/review-reports/" + id).with(officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sections[1].body").value(containsString("2.071")))
			.andExpect(jsonPath("$.sections[1].compiled.length()").value(2));
		this.mvc
			.perform(put("/api/v1/review-reports/" + id).contentType(MediaType.APPLICATION_JSON)
				.content(body(Map.of("version", 1, "sections", Map.of(section, "Kết quả nổi bật của tỉnh."))))
				.with(officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2));
		this.mvc
			.perform(put("/api/v1/review-reports/" + id).contentType(MediaType.APPLICATION_JSON)
				.content(body(Map.of("version", 1, "sections", Map.of(section, "Bản cũ."))))
				.with(officer()))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("documents.error.draftChanged"))
			.andExpect(jsonPath("$.detail").value(containsString("Bản nháp đã được")));

		MvcResult issued = this.mvc
			.perform(post("/api/v1/review-reports/" + id + "/issue").contentType(MediaType.APPLICATION_JSON)
				.content(body(Map.of("signer", "deputy", "signerName", "Nguyễn Thị Hương", "date", "2026-03-02")))
				.with(officer()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value("Số 1-BC/BTGDVTU"))
			.andExpect(jsonPath("$.year").value(2026))
			.andReturn();
		long document = read(issued).get("id").asLong();
		this.mvc.perform(post("/api/v1/review-reports/" + id + "/issue").with(officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(document));

		byte[] docx = this.mvc.perform(get("/api/v1/documents/" + document).with(officer()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.andExpect(header().string("Content-Disposition",
					containsString("Bao-cao-so-ket-6-thang-dau-nam-2036-Thu-" + this.fixture.world.prefix + ".docx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument file = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(file.getParagraphs()).anyMatch((p) -> p.getText().equals("Kết quả nổi bật của tỉnh."));
			assertThat(file.getTables().get(0).getText()).contains("ngày 02 tháng 3 năm 2026");
		}
		byte[] xlsx = this.mvc.perform(get("/api/v1/documents/" + document).param("format", "xlsx").with(officer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		this.mvc.perform(get("/api/v1/documents/" + document).param("format", "xlsx").with(officer()))
			.andExpect(header().string("Content-Disposition",
					containsString("Bao-cao-so-ket-6-thang-dau-nam-2036-Thu-" + this.fixture.world.prefix + ".xlsx")));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("PHỤ LỤC SỐ LIỆU");
		}
		this.mvc.perform(get("/api/v1/documents/" + document).param("format", "odt").with(officer()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("documents.error.format"));
		this.mvc
			.perform(get("/api/v1/documents/" + document)
				.with(httpBasic(this.fixture.world.communeOfficer, ReportingFixture.PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("Không tìm thấy văn bản")));
	}

	@Test
	void issuingAnswers422WithWhatIsMissingUntilConfirmed() throws Exception {
		MvcResult created = this.mvc
			.perform(post("/api/v1/review-reports").contentType(MediaType.APPLICATION_JSON)
				.content(body(Map.of("unit", this.fixture.world.province, "period", this.fixture.period.id())))
				.with(officer()))
			.andExpect(status().isCreated())
			.andReturn();
		long id = read(created).get("id").asLong();
		String section = String.valueOf(this.fixture.resultsSection);
		this.mvc
			.perform(put("/api/v1/review-reports/" + id).contentType(MediaType.APPLICATION_JSON)
				.content(body(Map.of("version", 1, "sections", Map.of(section, ""))))
				.with(officer()))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/review-reports/" + id + "/issue").contentType(MediaType.APPLICATION_JSON)
				.content(body(Map.of("signerName", "Nguyễn Thị Hương")))
				.with(officer()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("documents.error.checkBeforeIssue"))
			.andExpect(jsonPath("$.findings[0].kind").value("EMPTY_SECTIONS"))
			.andExpect(jsonPath("$.findings[0].message").value(containsString("1. Kết quả")))
			.andExpect(jsonPath("$.reasonRequired").value(false));
		this.mvc
			.perform(post("/api/v1/review-reports/" + id + "/issue").contentType(MediaType.APPLICATION_JSON)
				.content(body(Map.of("signerName", "Nguyễn Thị Hương", "confirm", true)))
				.with(officer()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value("Số 1-BC/BTGDVTU"));
	}

	@Test
	void badRequestsAreProblemsInVietnamese() throws Exception {
		String province = String.valueOf(this.fixture.world.province);
		this.mvc
			.perform(post("/api/v1/review-reports").contentType(MediaType.APPLICATION_JSON)
				.content("{\"unit\": " + province + "}")
				.with(officer()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("documents.error.parameter"));
		this.mvc
			.perform(post("/api/v1/review-reports").contentType(MediaType.APPLICATION_JSON)
				.content("{\"unit\": ")
				.with(officer()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("documents.error.body"));
		this.mvc
			.perform(post("/api/v1/review-reports").contentType(MediaType.APPLICATION_JSON)
				.content(body(Map.of("unit", this.fixture.world.province, "period", 999_999_999L)))
				.with(officer()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("Không tìm thấy kỳ báo cáo")));
		this.mvc
			.perform(post("/api/v1/review-reports").contentType(MediaType.APPLICATION_JSON)
				.content(body(Map.of("unit", this.fixture.world.centre, "period", this.fixture.period.id())))
				.with(officer()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("documents.error.unitNotFound"));
		var empty = this.fixture.world.openPeriod("Sơ kết 6 tháng cuối năm 2036", java.time.LocalDate.of(2036, 7, 1),
				java.time.LocalDate.of(2036, 12, 31), java.time.LocalDate.of(2037, 1, 10));
		this.mvc
			.perform(post("/api/v1/review-reports").contentType(MediaType.APPLICATION_JSON)
				.content(body(Map.of("unit", this.fixture.world.province, "period", empty.id())))
				.with(officer()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("chưa có đơn vị nào")));
		this.mvc
			.perform(post("/api/v1/review-reports").contentType(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "en")
				.content(body(Map.of("unit", this.fixture.world.province, "period", empty.id())))
				.with(officer()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("No unit of")));
		this.mvc.perform(get("/api/v1/review-reports/999999999").with(officer()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("documents.error.draftNotFound"));
		this.mvc.perform(get("/api/v1/review-reports/abc").with(officer())).andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/v1/review-reports").contentType(MediaType.APPLICATION_JSON)
				.content(body(Map.of("unit", this.fixture.world.commune, "period", this.fixture.period.id())))
				.with(httpBasic(this.fixture.world.communeOfficer, ReportingFixture.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aDocumentDatedFarFromTodayIsRefusedAndTakesNoNumber() throws Exception {
		MvcResult created = this.mvc
			.perform(post("/api/v1/review-reports").contentType(MediaType.APPLICATION_JSON)
				.content(body(Map.of("unit", this.fixture.world.province, "period", this.fixture.period.id())))
				.with(officer()))
			.andExpect(status().isCreated())
			.andReturn();
		long id = read(created).get("id").asLong();
		for (String date : new String[] { "9999-12-31", "1900-01-01" }) {
			this.mvc
				.perform(post("/api/v1/review-reports/" + id + "/issue").contentType(MediaType.APPLICATION_JSON)
					.content(body(Map.of("signer", "deputy", "signerName", "Nguyễn Thị Hương", "date", date)))
					.with(officer()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(containsString("Ngày của văn bản phải trong khoảng")));
		}
		this.mvc.perform(get("/api/v1/review-reports/" + id).with(officer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DRAFT"));
	}

	@Test
	void aSummaryOverTheLimitIsRefused() throws Exception {
		MvcResult created = this.mvc
			.perform(post("/api/v1/review-reports").contentType(MediaType.APPLICATION_JSON)
				.content(body(Map.of("unit", this.fixture.world.province, "period", this.fixture.period.id())))
				.with(officer()))
			.andExpect(status().isCreated())
			.andReturn();
		long id = read(created).get("id").asLong();
		this.mvc
			.perform(put("/api/v1/review-reports/" + id).contentType(MediaType.APPLICATION_JSON)
				.content(body(Map.of("version", 1, "summary", "T".repeat(10_001))))
				.with(officer()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("Trích yếu quá dài")));
	}

	private RequestPostProcessor officer() {
		return httpBasic(this.fixture.world.provinceOfficer, ReportingFixture.PASSWORD);
	}

	private String body(Object value) {
		return this.json.writeValueAsString(value);
	}

	private JsonNode read(MvcResult result) throws Exception {
		return this.json.readTree(result.getResponse().getContentAsString());
	}

}
