package vn.danvan.awards.decisions;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
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

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
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
 * {@code /api/v1/awards/decisions} and the pages: record, read, change with a version
 * check, add recipients; refusals as problem details in Vietnamese (English on request);
 * scope; the list and decision pages, a refused import shown by line.
 */
@DanvanIntegrationTest
class DecisionsApiTests {

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

	String today;

	@BeforeEach
	void aProvinceWithTwoCommunes() {
		this.fixture = new ReportingFixture(this.unitAdministration, this.accounts, this.catalogue, this.periods);
		this.today = UnitScope.today().toString();
	}

	RequestPostProcessor as(String username) {
		return httpBasic(username, ReportingFixture.PASSWORD);
	}

	String body(String number, Integer version) {
		return """
				{"number": "%s", "decidedOn": "%s", "issuingUnitId": %d, "form": "GIAY_KHEN",
				 "reason": "Thành tích xuất sắc", "campaign": "Dân vận khéo", "version": %s}
				""".formatted(number, this.today, this.fixture.province, version);
	}

	@Test
	void recordReadChangeAndAddRecipientsWithRefusalsAsProblemDetails() throws Exception {
		String created = this.mvc
			.perform(post("/api/v1/awards/decisions").contentType(MediaType.APPLICATION_JSON)
				.content(body("12-QĐ/BDVTU", null))
				.with(as(this.fixture.provinceOfficer)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.issuingUnitId").value(this.fixture.province))
			.andExpect(jsonPath("$.level").value("PROVINCE"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id.value")).longValue();
		this.mvc
			.perform(post("/api/v1/awards/decisions").contentType(MediaType.APPLICATION_JSON)
				.content(body("12-qđ/bdvtu", null))
				.with(as(this.fixture.provinceOfficer)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("awards.error.numberUsed"))
			.andExpect(jsonPath("$.field").value("number"))
			.andExpect(jsonPath("$.detail").value(containsString("đã được cơ quan này dùng")));
		this.mvc
			.perform(post("/api/v1/awards/decisions").contentType(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "en")
				.content(body("12-qđ/bdvtu", null))
				.with(as(this.fixture.provinceOfficer)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("already used")));
		this.mvc
			.perform(post("/api/v1/awards/decisions/{id}/recipients", id).contentType(MediaType.APPLICATION_JSON)
				.content("""
						[{"kind": "COLLECTIVE", "unitId": %d},
						 {"kind": "INDIVIDUAL", "name": "Nguyễn Văn An", "jobTitle": "Trưởng thôn", "unitId": %d}]
						""".formatted(this.fixture.commune, this.fixture.otherCommune))
				.with(as(this.fixture.provinceOfficer)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.recipients.length()").value(2));
		this.mvc
			.perform(post("/api/v1/awards/decisions/{id}/recipients", id).contentType(MediaType.APPLICATION_JSON)
				.content("[{\"kind\": \"INDIVIDUAL\", \"name\": \"\", \"unitId\": %d}]".formatted(this.fixture.commune))
				.with(as(this.fixture.provinceOfficer)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("awards.error.nameRequired"));
		this.mvc
			.perform(put("/api/v1/awards/decisions/{id}", id).contentType(MediaType.APPLICATION_JSON)
				.content(body("12-QĐ/BDVTU", 0).replace("GIAY_KHEN", "BANG_KHEN"))
				.with(as(this.fixture.provinceOfficer)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("awards.error.stale"))
			.andExpect(jsonPath("$.differences[*].field").value(hasItem("form")));
		this.mvc.perform(get("/api/v1/awards/decisions/{id}", id).with(as(this.fixture.provinceOfficer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.recipients[1].name").value("Nguyễn Văn An"));
		this.mvc
			.perform(put("/api/v1/awards/decisions/{id}", id).contentType(MediaType.APPLICATION_JSON)
				.content(body("12-QĐ/BDVTU", 1).replace("GIAY_KHEN", "BANG_KHEN"))
				.with(as(this.fixture.provinceOfficer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.form").value("BANG_KHEN"));
		this.mvc.perform(get("/api/v1/awards/decisions/{id}", id).with(as(this.fixture.communeOfficer)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("awards.error.notFound"));
		this.mvc
			.perform(put("/api/v1/awards/decisions/{id}", id).contentType(MediaType.APPLICATION_JSON)
				.content(body("12-QĐ/BDVTU", 2))
				.with(as(this.fixture.communeOfficer)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/awards/decisions").param("q", "nguyen van an").with(as(this.fixture.provinceOfficer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id.value").value(hasItem((int) id)));
	}

	@Test
	void thePagesListShowAndRefuseAWrongImportByLine() throws Exception {
		String created = this.mvc
			.perform(post("/api/v1/awards/decisions").contentType(MediaType.APPLICATION_JSON)
				.content(body("3/QĐ", null))
				.with(as(this.fixture.provinceOfficer)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id.value")).longValue();
		Cookie province = MvcSignIn.session(this.mvc, this.fixture.provinceOfficer, ReportingFixture.PASSWORD);
		Cookie commune = MvcSignIn.session(this.mvc, this.fixture.communeOfficer, ReportingFixture.PASSWORD);
		this.mvc.perform(get("/awards").param("q", "3/qd").cookie(province))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("3/QĐ")));
		this.mvc.perform(get("/awards/{id}", id).cookie(province))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tặng cho 0 tập thể và 0 cá nhân")))
			.andExpect(content().string(containsString("import-form")));
		byte[] bad = DecisionBookTests.xlsx(new String[][] { { "1", "Cá nhân", "", "", this.fixture.prefix + "C1" } });
		this.mvc
			.perform(multipart("/awards/{id}/import", id).file(new MockMultipartFile("file", "ds.xlsx", null, bad))
				.with(csrf())
				.cookie(province))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Dòng 2:")));
		this.mvc.perform(get("/awards/{id}", id).cookie(commune)).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/awards/new").with(csrf())
				.param("number", "3/QĐ")
				.param("decidedOn", this.today)
				.param("issuingUnitId", String.valueOf(this.fixture.province))
				.param("form", "GIAY_KHEN")
				.cookie(province))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("đã được cơ quan này dùng")));
	}

}
