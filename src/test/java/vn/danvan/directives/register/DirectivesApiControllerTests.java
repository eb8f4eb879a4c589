package vn.danvan.directives.register;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestFiles;
import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.NewUser;
import vn.danvan.shared.security.Role;
import vn.danvan.directives.DirectiveCatalogue;
import vn.danvan.units.RealAdministrativeUnits;
import vn.danvan.units.Unit;
import vn.danvan.units.imports.UnitImports;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/v1/directives} and {@code /api/v1/directive-references}: search, CRUD, the
 * refusals of the issue as 422 problems in Vietnamese, attachments, actions, unit
 * records, matrix, mentions, roles and scope.
 */
@DanvanIntegrationTest
class DirectivesApiControllerTests {

	static final String PASSWORD = "Mat-khau-thu-nghiem-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectiveCatalogue catalogue;

	@Autowired
	UnitImports imports;

	@Autowired
	Units units;

	@Autowired
	Accounts accounts;

	@BeforeEach
	void catalogue() throws IOException {
		RealAdministrativeUnits.importOnce(this.imports);
		this.catalogue.load("test");
	}

	static RequestPostProcessor admin() {
		return httpBasic("admin", DanvanIntegrationTest.ADMIN_PASSWORD);
	}

	@Test
	void searchesBySymbolWordsWithoutDiacriticsIssuerAndYear() throws Exception {
		this.mvc.perform(get("/api/v1/directives").param("q", "dan van tinh hinh moi").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.directives[*].symbol", hasItem("25-NQ/TW")));
		this.mvc.perform(get("/api/v1/directives").param("issuer", "ban bi thu").param("year", "2015").with(admin()))
			.andExpect(jsonPath("$.directives[*].symbol", hasItem("43-CT/TW")))
			.andExpect(jsonPath("$.directives[*].symbol", not(hasItem("100-KL/TW"))));
		this.mvc.perform(get("/api/v1/directives").param("type", "THONG_TU").with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Loại văn bản \"THONG_TU\" không hợp lệ."));
	}

	@Test
	void registerReadChangeAndRemove() throws Exception {
		String symbol = unique("CT/TU");
		String body = """
				{"type": "DIRECTIVE", "symbol": "%s", "issuedOn": "2024-03-15", "issuer": "Ban Thường vụ Tỉnh ủy",
				 "summary": "Về tăng cường công tác dân vận chính quyền", "fields": "Dân vận chính quyền"}
				""".formatted(symbol);
		MvcResult created = this.mvc
			.perform(post("/api/v1/directives").contentType(MediaType.APPLICATION_JSON).content(body).with(admin()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/directives/")))
			.andExpect(jsonPath("$.symbol").value(symbol))
			.andExpect(jsonPath("$.status").value("IN_FORCE"))
			.andReturn();
		long id = ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
		this.mvc.perform(post("/api/v1/directives").contentType(MediaType.APPLICATION_JSON).content(body).with(admin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("symbol"))
			.andExpect(jsonPath("$.detail")
				.value("Văn bản " + symbol + " của Ban Thường vụ Tỉnh ủy đã có trong danh mục."));
		this.mvc
			.perform(post("/api/v1/directives").contentType(MediaType.APPLICATION_JSON)
				.content(body.replace(symbol, unique("CT/TU"))
					.replace("2024-03-15", UnitScope.today().plusDays(3).toString()))
				.header("Accept-Language", "en")
				.with(admin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("issuedOn"))
			.andExpect(jsonPath("$.detail").value(containsString("cannot be dated in the future")));

		this.mvc.perform(get("/api/v1/directives/{id}", id).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.directive.issuedOn").value("2024-03-15"))
			.andExpect(jsonPath("$.attachments.length()").value(0));
		this.mvc
			.perform(put("/api/v1/directives/{id}", id).contentType(MediaType.APPLICATION_JSON)
				.content(body.replace("}", ", \"status\": \"EXPIRED\", \"version\": 0}"))
				.with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("EXPIRED"))
			.andExpect(jsonPath("$.version").value(1));
		// A change based on the old version is a stale edit: 409, like every other
		// object.
		this.mvc
			.perform(put("/api/v1/directives/{id}", id).contentType(MediaType.APPLICATION_JSON)
				.content(body.replace("}", ", \"status\": \"AMENDED\", \"version\": 0}"))
				.with(admin()))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("version"))
			.andExpect(jsonPath("$.detail").value(containsString("đã được người khác sửa")));
		this.mvc.perform(get("/api/v1/directives/{id}", id).with(admin()))
			.andExpect(jsonPath("$.directive.status").value("EXPIRED"));
		this.mvc.perform(delete("/api/v1/directives/{id}", id).with(admin())).andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/directives/{id}", id).with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Không tìm thấy văn bản chỉ đạo."));
	}

	@Test
	void attachmentsArePdfOrDocxByTheirBytes() throws Exception {
		long id = register(unique("NQ/TU"), null);
		byte[] pdf = TestFiles.pdf();
		MvcResult uploaded = this.mvc
			.perform(multipart("/api/v1/directives/{id}/attachments", id)
				.file(new MockMultipartFile("file", "Nghị quyết.pdf", "application/pdf", pdf))
				.with(admin()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("application/pdf"))
			.andExpect(jsonPath("$.fileName").value("Nghị quyết.pdf"))
			.andReturn();
		long attachmentId = ((Number) JsonPath.read(uploaded.getResponse().getContentAsString(), "$.id")).longValue();
		this.mvc
			.perform(multipart("/api/v1/directives/{id}/attachments", id)
				.file(new MockMultipartFile("file", "anh.pdf", "application/pdf", "GIF89a...".getBytes()))
				.with(admin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("không phải PDF hoặc DOCX")));
		MvcResult download = this.mvc
			.perform(get("/api/v1/directives/{id}/attachments/{a}", id, attachmentId).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn();
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
	}

	@Test
	void actionsRecordsMatrixAndMentions() throws Exception {
		LocalDate today = UnitScope.today();
		Unit province = this.units.findByCode(UnitLevel.PROVINCE, "38", today).orElseThrow();
		Unit commune = this.units.descendants(province.id(), today, UnitLevel.COMMUNE)
			.stream()
			.filter((u) -> u.kind().administrative())
			.findFirst()
			.orElseThrow();
		String officer = user(Role.COMMISSION_OFFICER, province.id());
		long id = register(unique("CT/TU"), httpBasic(officer, PASSWORD));
		MvcResult declared = this.mvc
			.perform(post("/api/v1/directives/{id}/actions", id).contentType(MediaType.APPLICATION_JSON).content("""
					{"kind": "DISSEMINATION", "dueOn": "%s", "levels": ["COMMUNE"]}
					""".formatted(today.minusDays(1))).with(httpBasic(officer, PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.scopeUnitId").value(province.id()))
			.andReturn();
		long actionId = ((Number) JsonPath.read(declared.getResponse().getContentAsString(), "$.id")).longValue();
		String reporter = user(Role.REPORTING_OFFICER, commune.id());
		this.mvc
			.perform(post("/api/v1/directives/{id}/actions/{a}/records", id, actionId)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"unitId": %d, "doneOn": "%s", "documentNumber": "05-KH/ĐU", "participants": 87}
						""".formatted(commune.id(), today.minusDays(3)))
				.with(httpBasic(reporter, PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.participants").value(87));
		this.mvc
			.perform(post("/api/v1/directives/{id}/actions/{a}/records", id, actionId)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitId\": %d, \"doneOn\": \"%s\"}".formatted(province.id(), today))
				.with(httpBasic(reporter, PASSWORD)))
			// the province lies outside the commune reporter's scope: not found
			// (docs/security.md), nothing recorded
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/directives/{id}/actions", id).with(httpBasic(officer, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.actions[0].done").value(1))
			.andExpect(jsonPath("$.actions[0].action.kind").value("DISSEMINATION"));
		this.mvc.perform(get("/api/v1/directives/{id}/matrix", id).with(httpBasic(reporter, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unitCount").value(1))
			.andExpect(jsonPath("$.rows[0].unit.id").value(commune.id()))
			.andExpect(jsonPath("$.rows[0].cells[0].status").value("DONE"));
		this.mvc.perform(get("/api/v1/directives/{id}/mentions", id).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mentions.length()").value(0));
		this.mvc
			.perform(post("/api/v1/directives").contentType(MediaType.APPLICATION_JSON)
				.content("{}")
				.with(httpBasic(reporter, PASSWORD)))
			.andExpect(status().isForbidden());
		Unit other = this.units.findByCode(UnitLevel.PROVINCE, "01", today).orElseThrow();
		String stranger = user(Role.COMMISSION_OFFICER, other.id());
		this.mvc.perform(get("/api/v1/directives/{id}/matrix", id).with(httpBasic(stranger, PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/directives/{id}", id).with(httpBasic(stranger, PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void referencesInATextWithPositionsAndResolution() throws Exception {
		String text = "Quán triệt Chỉ thị số 43 ngày 14/5/2015 và Quyết định 217 và 218 của Bộ Chính trị; Kết luận 178.";
		this.mvc
			.perform(post("/api/v1/directive-references").contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"" + text + "\"}")
				.with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.references.length()").value(4))
			.andExpect(jsonPath("$.references[0].start").value(11))
			.andExpect(jsonPath("$.references[0].end").value(39))
			.andExpect(jsonPath("$.references[0].text").value("Chỉ thị số 43 ngày 14/5/2015"))
			.andExpect(jsonPath("$.references[0].date").value("2015-05-14"))
			.andExpect(jsonPath("$.references[0].resolution").value("RESOLVED"))
			.andExpect(jsonPath("$.references[0].directive.symbol").value("43-CT/TW"))
			.andExpect(jsonPath("$.references[1].directive.symbol").value("217-QĐ/TW"))
			.andExpect(jsonPath("$.references[2].directive.symbol").value("218-QĐ/TW"))
			.andExpect(jsonPath("$.references[2].issuer").value("POLITBURO"))
			.andExpect(jsonPath("$.references[3].resolution").value("UNKNOWN"))
			.andExpect(jsonPath("$.references[3].candidates.length()").value(0));
		this.mvc
			.perform(post("/api/v1/directive-references").contentType(MediaType.APPLICATION_JSON)
				.content("{}")
				.with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("Cần gửi nội dung")));
		this.mvc.perform(post("/api/v1/directive-references").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

	long register(String symbol, RequestPostProcessor as) throws Exception {
		MvcResult created = this.mvc
			.perform(post("/api/v1/directives").contentType(MediaType.APPLICATION_JSON).content("""
					{"type": "DIRECTIVE", "symbol": "%s", "issuedOn": "2024-03-15", "issuer": "Tỉnh ủy",
					 "summary": "Về công tác dân vận"}
					""".formatted(symbol)).with((as != null) ? as : admin()))
			.andExpect(status().isCreated())
			.andReturn();
		return ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
	}

	String user(Role role, long unitId) {
		String username = "d" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		this.accounts.create(
				new NewUser(username, "Cán bộ " + username, username + "@danvan.vn", PASSWORD, Set.of(role), unitId),
				"test");
		return username;
	}

	static String unique(String suffix) {
		return ThreadLocalRandom.current().nextInt(10000, 99999) + "-" + suffix;
	}

}
