package vn.danvan.awards.decisions;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.MvcSignIn;
import vn.danvan.accounts.Accounts;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.shared.time.VietnamTime;
import vn.danvan.units.tree.UnitAdministration;
import vn.danvan.units.UnitScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The list attached to a decision, opened back with POI: the issuing body's header, the
 * title naming the form and who is commended, the "(Kèm theo Quyết định số …)" line, the
 * collectives and individuals in their tables in the decision's order, a file name a
 * person reads; the same from the page; refused for an empty decision and out of scope.
 * The file is kept in {@code target/documents} to look at.
 */
@DanvanIntegrationTest
class DecisionAnnexTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitAdministration unitAdministration;

	@Autowired
	Accounts accounts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Periods periods;

	ReportingFixture fixture;

	@BeforeEach
	void aProvinceWithTwoCommunes() {
		this.fixture = new ReportingFixture(this.unitAdministration, this.accounts, this.catalogue, this.periods);
	}

	RequestPostProcessor as(String username) {
		return httpBasic(username, ReportingFixture.PASSWORD);
	}

	long decision(String number, String form) throws Exception {
		String created = this.mvc
			.perform(post("/api/v1/awards/decisions").contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"number": "%s", "decidedOn": "%s", "issuingUnitId": %d, "form": "%s",
						 "reason": "Thành tích xuất sắc", "campaign": "Dân vận khéo"}
						""".formatted(number, UnitScope.today(), this.fixture.province, form))
				.with(as(this.fixture.provinceOfficer)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(created, "$.id.value")).longValue();
	}

	@Test
	void theAnnexListsCollectivesAndIndividualsUnderTheIssuingBody() throws Exception {
		long id = decision("12-QĐ/BDVTU", "GIAY_KHEN");
		this.mvc.perform(post("/api/v1/awards/decisions/{id}/recipients", id).contentType(MediaType.APPLICATION_JSON)
			.content("""
					[{"kind": "COLLECTIVE", "unitId": %1$d},
					 {"kind": "INDIVIDUAL", "name": "Nguyễn Văn An", "jobTitle": "Trưởng thôn Gò Da", "unitId": %2$d},
					 {"kind": "COLLECTIVE", "name": "Chi hội Phụ nữ thôn Gò Da", "unitId": %2$d},
					 {"kind": "INDIVIDUAL", "name": "Trần Thị Hoa", "jobTitle": "Tổ trưởng tổ dân phố", "unitId": %1$d}]
					""".formatted(this.fixture.commune, this.fixture.otherCommune))
			.with(as(this.fixture.provinceOfficer))).andExpect(status().isCreated());

		MockHttpServletResponse response = this.mvc
			.perform(get("/api/v1/awards/decisions/{id}/annex.docx", id).with(as(this.fixture.provinceOfficer)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.andReturn()
			.getResponse();
		String date = VietnamTime.DATE.format(UnitScope.today());
		assertThat(response.getHeader("Content-Disposition"))
			.contains("Danh-sach-khen-thuong-12-QD-BDVTU-" + date.replace('/', '-') + ".docx");
		Path out = Path.of("target", "documents", "annex-12-QD-BDVTU.docx");
		Files.createDirectories(out.getParent());
		Files.write(out, response.getContentAsByteArray());
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			XWPFTable header = doc.getTables().get(0);
			String issuing = header.getRow(0).getCell(0).getText();
			assertThat(issuing).contains("TỈNH ỦY THỬ " + this.fixture.prefix, "BAN TUYÊN GIÁO VÀ DÂN VẬN", "*");
			assertThat(issuing).as("a list carries no number of its own").doesNotContain("Số");
			assertThat(header.getRow(0).getCell(1).getText()).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
			List<String> paragraphs = doc.getParagraphs()
				.stream()
				.map(XWPFParagraph::getText)
				.filter((t) -> !t.isBlank())
				.toList();
			assertThat(paragraphs).containsSubsequence("DANH SÁCH", "TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN",
					"(Kèm theo Quyết định số 12-QĐ/BDVTU, ngày " + date + ")", "I- TẬP THỂ (2)", "II- CÁ NHÂN (2)");
			assertThat(doc.getTables()).hasSize(3);
			assertThat(rows(doc.getTables().get(1))).containsExactly(List.of("STT", "Tên tập thể", "Thuộc đơn vị"),
					List.of("1", "Xã Bình An " + this.fixture.prefix, ""),
					List.of("2", "Chi hội Phụ nữ thôn Gò Da", "Xã Hòa Bình " + this.fixture.prefix));
			assertThat(rows(doc.getTables().get(2))).containsExactly(List.of("STT", "Họ và tên", "Chức vụ", "Đơn vị"),
					List.of("1", "Nguyễn Văn An", "Trưởng thôn Gò Da", "Xã Hòa Bình " + this.fixture.prefix),
					List.of("2", "Trần Thị Hoa", "Tổ trưởng tổ dân phố", "Xã Bình An " + this.fixture.prefix));
			assertThat(doc.getTables().get(2).getRow(0).isRepeatHeader()).isTrue();
		}

		Cookie province = MvcSignIn.session(this.mvc, this.fixture.provinceOfficer, ReportingFixture.PASSWORD);
		this.mvc.perform(get("/awards/{id}", id).cookie(province))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/annex.docx")));
		byte[] fromPage = this.mvc.perform(get("/awards/{id}/annex.docx", id).cookie(province))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(fromPage))) {
			assertThat(rows(doc.getTables().get(2))).hasSize(3);
		}
		this.mvc.perform(get("/api/v1/awards/decisions/{id}/annex.docx", id).with(as(this.fixture.communeOfficer)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aDecisionWithNoRecipientHasNoAnnexAndAnIndividualsOnlyOneSaysSo() throws Exception {
		long empty = decision("5-QĐ/BDVTU", "BANG_KHEN");
		this.mvc.perform(get("/api/v1/awards/decisions/{id}/annex.docx", empty).with(as(this.fixture.provinceOfficer)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("awards.error.annexEmpty"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("chưa có người được khen")));
		Cookie province = MvcSignIn.session(this.mvc, this.fixture.provinceOfficer, ReportingFixture.PASSWORD);
		this.mvc.perform(get("/awards/{id}", empty).cookie(province))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("annex.docx"))));

		long praise = decision("6-QĐ/BDVTU", "BIEU_DUONG");
		this.mvc
			.perform(post("/api/v1/awards/decisions/{id}/recipients", praise).contentType(MediaType.APPLICATION_JSON)
				.content("[{\"kind\": \"INDIVIDUAL\", \"name\": \"Lê Quang Huy\", \"jobTitle\": \"Bí thư Đoàn xã\","
						+ " \"unitId\": %d}]".formatted(this.fixture.commune))
				.with(as(this.fixture.provinceOfficer)))
			.andExpect(status().isCreated());
		byte[] docx = this.mvc
			.perform(get("/api/v1/awards/decisions/{id}/annex.docx", praise).with(as(this.fixture.provinceOfficer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(paragraphs).contains("CÁ NHÂN ĐƯỢC BIỂU DƯƠNG", "I- CÁ NHÂN (1)")
				.noneMatch((p) -> p.contains("TẬP THỂ"));
			assertThat(doc.getTables()).hasSize(2);
		}

		long units = decision("7-QĐ/BDVTU", "GIAY_KHEN");
		this.mvc
			.perform(post("/api/v1/awards/decisions/{id}/recipients", units).contentType(MediaType.APPLICATION_JSON)
				.content("[{\"kind\": \"COLLECTIVE\", \"unitId\": %d}]".formatted(this.fixture.commune))
				.with(as(this.fixture.provinceOfficer)))
			.andExpect(status().isCreated());
		byte[] onlyUnits = this.mvc
			.perform(get("/api/v1/awards/decisions/{id}/annex.docx", units).with(as(this.fixture.provinceOfficer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(onlyUnits))) {
			// No named collective: no empty "Thuộc đơn vị" column.
			assertThat(rows(doc.getTables().get(1))).containsExactly(List.of("STT", "Tên tập thể"),
					List.of("1", "Xã Bình An " + this.fixture.prefix));
		}
	}

	private static List<List<String>> rows(XWPFTable table) {
		return table.getRows()
			.stream()
			.map(XWPFTableRow::getTableCells)
			.map((cells) -> cells.stream().map((c) -> c.getText()).collect(Collectors.toList()))
			.toList();
	}

}
