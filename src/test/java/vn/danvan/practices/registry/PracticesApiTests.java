package vn.danvan.practices.registry;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.MvcSignIn;
import vn.danvan.accounts.Accounts;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.units.tree.UnitAdministration;
import vn.danvan.units.UnitScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/v1/practices} and the pages: register, read with history, change with a
 * version check, evaluate and recognise as the level above; refusals as problem details
 * in Vietnamese; the list (full page and htmx results), the XLSX export and scope.
 */
@DanvanIntegrationTest
class PracticesApiTests {

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

	int lastYear;

	@BeforeEach
	void aProvinceWithTwoCommunes() {
		this.fixture = new ReportingFixture(this.unitAdministration, this.accounts, this.catalogue, this.periods);
		this.lastYear = UnitScope.today().getYear() - 1;
	}

	RequestPostProcessor as(String username) {
		return httpBasic(username, ReportingFixture.PASSWORD);
	}

	String body(String name) {
		return """
				{"name": "%s", "kind": "MODEL", "subject": "COLLECTIVE", "fields": ["KINH_TE"],
				 "targetGroups": ["NONG_DAN"], "registeredOn": "%d-04-01", "startedOn": "%d-04-15",
				 "description": "Tổ hợp tác", "moneyMobilised": 125.5, "workDays": 300}
				""".formatted(name, this.lastYear, this.lastYear);
	}

	@Test
	void registerEvaluateRecogniseAndReadTheHistory() throws Exception {
		String created = this.mvc
			.perform(post("/api/v1/practices").contentType(MediaType.APPLICATION_JSON)
				.content(body("Tổ hợp tác nuôi bò"))
				.with(as(this.fixture.communeOfficer)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.ownerUnitId").value(this.fixture.commune))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id.value")).longValue();
		this.mvc
			.perform(post("/api/v1/practices/{id}/evaluations", id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\": %d, \"grade\": \"GOOD\", \"effective\": true}"
					.formatted(UnitScope.today().getYear()))
				.with(as(this.fixture.provinceOfficer)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("year"))
			.andExpect(jsonPath("$.detail").value(containsString("chưa kết thúc")));
		this.mvc
			.perform(post("/api/v1/practices/{id}/evaluations", id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\": %d, \"grade\": \"GOOD\", \"effective\": true}".formatted(this.lastYear))
				.with(as(this.fixture.communeOfficer)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("cấp trên")));
		this.mvc
			.perform(post("/api/v1/practices/{id}/evaluations", id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\": %d, \"grade\": \"GOOD\", \"effective\": true}".formatted(this.lastYear))
				.with(as(this.fixture.provinceOfficer)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.effective").value(true));
		this.mvc
			.perform(post("/api/v1/practices/{id}/recognitions", id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"exemplary\": true}")
				.with(as(this.fixture.provinceOfficer)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.level").value("PROVINCE"));
		this.mvc.perform(get("/api/v1/practices/{id}", id).with(as(this.fixture.communeOfficer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.history[*].kind", hasItem("RECOGNISED")))
			.andExpect(jsonPath("$.evaluations[0].year").value(this.lastYear));
		this.mvc.perform(get("/api/v1/practices/{id}", id).with(as(this.fixture.otherCommuneOfficer)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Không tìm thấy mô hình, điển hình này."));
		this.mvc
			.perform(get("/api/v1/practices").param("unit", "" + this.fixture.province)
				.param("level", "PROVINCE")
				.with(as(this.fixture.provinceOfficer)))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.practices[0].name").value("Tổ hợp tác nuôi bò"));
		this.mvc.perform(get("/api/v1/practices").param("level", "TINH").with(as(this.fixture.provinceOfficer)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Tham số \"level\" không hợp lệ: \"TINH\"."));
	}

	@Test
	void badInputDuplicatesAndStaleSavesAreProblems() throws Exception {
		this.mvc
			.perform(post("/api/v1/practices").contentType(MediaType.APPLICATION_JSON)
				.content(body("Không lĩnh vực").replace("[\"KINH_TE\"]", "[]"))
				.with(as(this.fixture.communeOfficer)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("fields"))
			.andExpect(jsonPath("$.detail").value("Cần chọn ít nhất một lĩnh vực."));
		this.mvc
			.perform(post("/api/v1/practices").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": ")
				.with(as(this.fixture.communeOfficer)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		String created = this.mvc
			.perform(post("/api/v1/practices").contentType(MediaType.APPLICATION_JSON)
				.content(body("Chợ phiên số"))
				.with(as(this.fixture.communeOfficer)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id.value")).longValue();
		this.mvc
			.perform(post("/api/v1/practices").contentType(MediaType.APPLICATION_JSON)
				.content(body("cho phien so"))
				.with(as(this.fixture.communeOfficer)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.duplicate").value(true))
			.andExpect(jsonPath("$.detail").value(containsString("đã đăng ký mô hình")));
		String change = body("Chợ phiên số 2").replace("{", "{\"version\": 0, ");
		this.mvc
			.perform(put("/api/v1/practices/{id}", id).contentType(MediaType.APPLICATION_JSON)
				.content(change)
				.with(as(this.fixture.communeOfficer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(put("/api/v1/practices/{id}", id).contentType(MediaType.APPLICATION_JSON)
				.content(body("Chợ phiên số 3").replace("{", "{\"version\": 0, "))
				.with(as(this.fixture.communeOfficer)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.currentVersion").value(1))
			.andExpect(jsonPath("$.differences[0].field").value("name"))
			.andExpect(jsonPath("$.differences[0].stored").value("Chợ phiên số 2"));
	}

	@Test
	void thePagesListFilterExportAndRegister() throws Exception {
		Cookie commune = MvcSignIn.session(this.mvc, this.fixture.communeOfficer, ReportingFixture.PASSWORD);
		this.mvc
			.perform(post("/practices/new").param("name", "Bình dân học vụ số")
				.param("kind", "MODEL")
				.param("subject", "COLLECTIVE")
				.param("fields", "CHUYEN_DOI_SO")
				.param("registeredOn", this.lastYear + "-05-01")
				.cookie(commune)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/practices/*"));
		this.mvc
			.perform(post("/practices/new").param("name", "binh dan hoc vu so")
				.param("kind", "MODEL")
				.param("subject", "COLLECTIVE")
				.param("fields", "CHUYEN_DOI_SO")
				.param("registeredOn", this.lastYear + "-06-01")
				.cookie(commune)
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"duplicate-warning\"")));
		this.mvc.perform(get("/practices").param("q", "hoc vu").cookie(commune))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bình dân học vụ số")))
			.andExpect(content().string(containsString("id=\"practice-search\"")));
		this.mvc
			.perform(get("/practices").param("q", "hoc vu")
				.param("field", "KINH_TE")
				.header("HX-Request", "true")
				.cookie(commune))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Bình dân học vụ số"))))
			.andExpect(content().string(not(containsString("<html"))));
		byte[] xlsx = this.mvc.perform(get("/practices/export.xlsx").param("q", "hoc vu").cookie(commune))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
				.isEqualTo("Bình dân học vụ số");
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
		}
		Cookie other = MvcSignIn.session(this.mvc, this.fixture.otherCommuneOfficer, ReportingFixture.PASSWORD);
		this.mvc.perform(get("/practices").param("q", "hoc vu").cookie(other))
			.andExpect(content().string(not(containsString("Bình dân học vụ số"))));
		String location = this.mvc
			.perform(get("/api/v1/practices").param("q", "hoc vu").with(as(this.fixture.communeOfficer)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(location, "$.practices[0].id.value")).longValue();
		Cookie province = MvcSignIn.session(this.mvc, this.fixture.provinceOfficer, ReportingFixture.PASSWORD);
		this.mvc.perform(get("/practices/{id}", id).cookie(province))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"evaluate-form\"")))
			.andExpect(content().string(containsString("id=\"recognise-form\"")))
			.andExpect(content().string(not(containsString("id=\"edit-practice\""))));
		this.mvc
			.perform(post("/practices/{id}/evaluate", id).param("year", "" + UnitScope.today().getYear())
				.param("grade", "GOOD")
				.param("effective", "true")
				.cookie(province)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/practices/{id}", id).cookie(province))
			.andExpect(content().string(containsString("Năm " + UnitScope.today().getYear() + " chưa kết thúc")));
		this.mvc.perform(get("/practices/{id}", id).cookie(other)).andExpect(status().isNotFound());
		this.mvc.perform(get("/practices/{id}/edit", id).cookie(commune))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bình dân học vụ số")));
	}

}
