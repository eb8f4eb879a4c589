package vn.danvan.reporting.catalogue;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.shared.security.Role;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Indicator;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.units.tree.UnitAdministration;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/v1/indicators}, {@code /breakdowns} and {@code /templates}: reads for every
 * signed-in user, writes for commission officers, and problem details in Vietnamese
 * (English on request) for 400, 403, 404 and 409.
 */
@DanvanIntegrationTest
class CatalogueApiTests {

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

	ReportingFixture world;

	@BeforeEach
	void setUp() {
		this.world = new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods);
		this.national = this.world.user(Role.ADMINISTRATOR, this.world.centre);
	}

	String national;

	/**
	 * An administrator of the centre: the catalogue is a national setting.
	 */
	RequestPostProcessor officer() {
		return httpBasic(this.national, ReportingFixture.PASSWORD);
	}

	RequestPostProcessor commune() {
		return httpBasic(this.world.communeOfficer, ReportingFixture.PASSWORD);
	}

	@Test
	void anyoneSignedInReadsIndicatorsBreakdownsAndTemplates() throws Exception {
		this.mvc.perform(get("/api/v1/indicators").param("q", "ty le tap hop " + this.world.prefix).with(commune()))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/indicators").param("q", this.world.prefix.toLowerCase()).with(commune()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.indicators.length()").value(6))
			.andExpect(jsonPath("$.indicators[?(@.code == '" + this.world.code("RATE") + "')].numerator")
				.value(this.world.code("MEM")))
			.andExpect(jsonPath("$.indicators[?(@.code == '" + this.world.code("RATE") + "')].maxValue").value(100))
			.andExpect(jsonPath("$.indicators[?(@.code == '" + this.world.code("REG") + "')].breakdown")
				.value(this.world.code("FIELD")));
		this.mvc.perform(get("/api/v1/breakdowns").with(commune()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.breakdowns[*].code", hasItem(this.world.code("FIELD"))));
		long id = this.world.template.template().id();
		this.mvc.perform(get("/api/v1/templates").with(commune()))
			.andExpect(jsonPath("$.templates[*].code", hasItem(this.world.code("TPL"))));
		this.mvc.perform(get("/api/v1/templates/{id}", id).with(commune()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.frozen").value(false))
			.andExpect(jsonPath("$.levels[0]").value("COMMUNE"))
			.andExpect(jsonPath("$.sections.length()").value(3))
			.andExpect(jsonPath("$.sections[0].label").value("Phần thứ nhất"))
			.andExpect(jsonPath("$.sections[1].narrative").value(true))
			.andExpect(jsonPath("$.sections[1].indicators[0].code").value(this.world.code("REG")))
			.andExpect(jsonPath("$.sections[1].indicators[0].items[1].name").value("Xã hội"))
			.andExpect(jsonPath("$.sections[2].indicators[2].valueType").value("PERCENTAGE"))
			.andExpect(jsonPath("$.rules.length()").value(2));
		this.mvc.perform(get("/api/v1/templates/{id}", id).param("version", "7").with(commune()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("Không tìm thấy")));
		this.mvc.perform(get("/api/v1/indicators/{id}", Long.MAX_VALUE).with(commune()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/indicators/abc").with(commune()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Tham số \"id\" không hợp lệ."));
	}

	@Test
	void anIndicatorIsCreatedAndChangedWithItsVersion() throws Exception {
		String code = this.world.code("API");
		this.mvc.perform(post("/api/v1/indicators").with(officer()).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "%s", "name": "Số cuộc đối thoại", "unitOfMeasure": "cuộc", "valueType": "INTEGER",
				 "aggregation": "SUM", "required": true}
				""".formatted(code)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/indicators/")))
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.minValue").value(0))
			.andExpect(jsonPath("$.version").value(0));
		Indicator created = this.catalogue.indicatorByCode(code).orElseThrow();
		this.mvc
			.perform(put("/api/v1/indicators/{id}", created.id()).with(officer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "Số cuộc tiếp xúc, đối thoại", "valueType": "INTEGER", "aggregation": "SUM",
						 "maxValue": 1000, "version": 0}
						"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Số cuộc tiếp xúc, đối thoại"))
			.andExpect(jsonPath("$.maxValue").value(1000))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(put("/api/v1/indicators/{id}", created.id()).with(officer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "Cũ", "valueType": "INTEGER", "aggregation": "SUM", "version": 0}
						"""))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("reporting.error.indicatorChanged"))
			.andExpect(jsonPath("$.detail").value(containsString("vừa được người khác sửa")));
		this.mvc
			.perform(put("/api/v1/indicators/{id}", created.id()).with(officer())
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "Old", "valueType": "INTEGER", "aggregation": "SUM"}
						"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("version of the data read is missing")));
	}

	@Test
	void badRequestsAreRefusedWithProblemDetails() throws Exception {
		this.mvc.perform(post("/api/v1/indicators").with(officer()).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "sai mã", "name": "X", "valueType": "INTEGER"}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").value(containsString("Mã \"sai mã\" không hợp lệ")))
			.andExpect(jsonPath("$.instance").value("/api/v1/indicators"));
		this.mvc
			.perform(post("/api/v1/indicators").with(officer())
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code": "%s", "name": "Lượt", "valueType": "TEXT", "aggregation": "SUM"}
						""".formatted(this.world.code("TXT"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("is text")));
		this.mvc
			.perform(post("/api/v1/indicators").with(officer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\": \"X\", \"valueType\": \"SO_NGUYEN\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(
					"Không đọc được trường \"valueType\" của nội dung gửi lên: " + "vui lòng kiểm tra kiểu giá trị."));
		this.mvc
			.perform(post("/api/v1/indicators").with(officer()).contentType(MediaType.APPLICATION_JSON).content("{"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(post("/api/v1/indicators").with(officer()).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "%s", "name": "Trùng", "valueType": "INTEGER", "aggregation": "SUM"}
				""".formatted(this.world.code("MEM"))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Đã có chỉ tiêu mã \"" + this.world.code("MEM") + "\"."));
		this.mvc.perform(post("/api/v1/indicators").with(commune()).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "%s", "name": "Không được", "valueType": "INTEGER", "aggregation": "SUM"}
				""".formatted(this.world.code("NO"))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("thiết lập toàn quốc")));
		this.mvc
			.perform(post("/api/v1/breakdowns").with(commune())
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\": \"X\", \"name\": \"X\", \"items\": [{\"code\": \"A\", \"name\": \"A\"}]}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("national settings")));
	}

	@Test
	void aBreakdownAndATemplateArePostedAndAFrozenTemplateGetsANewVersion() throws Exception {
		String breakdown = this.world.code("ORG");
		this.mvc.perform(post("/api/v1/breakdowns").with(officer()).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "%s", "name": "Tổ chức", "items": [{"code": "MT", "name": "Mặt trận"},
				 {"code": "HND", "name": "Hội Nông dân"}]}
				""".formatted(breakdown)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.items.length()").value(2));
		String template = """
				{"code": "%s", "name": "Báo cáo chuyên đề", "levels": ["COMMUNE"], "kinds": [],
				 "sections": [{"depth": 0, "label": "Phần thứ nhất", "title": "KẾT QUẢ"},
				              {"depth": 1, "label": "I.", "title": "Hội viên", "narrative": true,
				               "indicators": ["%s", "%s", "%s"]}]}
				""".formatted(this.world.code("API_TPL"), this.world.code("MEM"), this.world.code("ELIG"),
				this.world.code("RATE"));
		this.mvc
			.perform(
					post("/api/v1/templates").with(officer()).contentType(MediaType.APPLICATION_JSON).content(template))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", endsWith("?version=1")))
			.andExpect(jsonPath("$.sections[1].indicators.length()").value(3));
		this.mvc
			.perform(post("/api/v1/templates").with(officer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(template.replace("\"" + this.world.code("ELIG") + "\", ", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("thiếu chỉ tiêu tử số hoặc mẫu số")));

		this.world.openPeriod("Năm 2033", LocalDate.of(2032, 12, 15), LocalDate.of(2033, 12, 14),
				LocalDate.of(2033, 12, 20));
		this.mvc.perform(post("/api/v1/templates").with(officer()).contentType(MediaType.APPLICATION_JSON).content("""
				{"code": "%s", "name": "Báo cáo thử mới", "levels": ["COMMUNE"],
				 "sections": [{"title": "Hội viên", "indicators": ["%s"]}]}
				""".formatted(this.world.code("TPL"), this.world.code("MEM"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.frozen").value(false))
			.andExpect(jsonPath("$.versions.length()").value(2));
	}

}
