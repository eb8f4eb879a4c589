package vn.danvan.units.imports;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.shared.security.Role;
import vn.danvan.units.RealAdministrativeUnits;
import vn.danvan.units.UnitsTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import page and {@code POST /api/v1/unit-imports}: a valid import shows its report,
 * a truncated or non-JSON file is refused and writes nothing.
 */
@DanvanIntegrationTest
class UnitImportControllerTests {

	/**
	 * Kon Tum became Quảng Ngãi: already in the database, so importing it changes
	 * nothing.
	 */
	static final String BEFORE = """
			[{"Code": "62", "Name": "Kon Tum", "FullName": "Tỉnh Kon Tum", "District": []}]
			""";

	static final String AFTER = """
			[{"Code": "51", "Name": "Quảng Ngãi", "FullName": "Tỉnh Quảng Ngãi", "Wards": []}]
			""";

	static final String LINKS = """
			{"data": [{"level1_id": "51", "merges": [{"old_id": "62", "type": "full"}], "level2s": []}]}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitImports imports;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	Cookie admin;

	@BeforeEach
	void importRealDataAndSignIn() throws Exception {
		RealAdministrativeUnits.importOnce(this.imports);
		this.admin = UnitsTestSupport.signIn(this.mvc, "admin", DanvanIntegrationTest.ADMIN_PASSWORD);
	}

	static MockMultipartFile json(String part, String name, String content) {
		return new MockMultipartFile(part, name, MediaType.APPLICATION_JSON_VALUE,
				content.getBytes(StandardCharsets.UTF_8));
	}

	static MockMultipartHttpServletRequestBuilder upload(String path, String before, String after, String links) {
		MockMultipartHttpServletRequestBuilder request = multipart(path);
		request.file(json("before", "before.json", before));
		request.file(json("after", "after.json", after));
		request.file(json("links", "links.json", links));
		return request;
	}

	@Test
	void theFormOffersTheThreeFilesAndTheDates() throws Exception {
		this.mvc.perform(get("/units/import").cookie(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhập danh sách đơn vị")))
			.andExpect(content().string(containsString("<label for=\"before\"")))
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
			.andExpect(content().string(containsString("value=\"01/07/2025\"")))
			.andExpect(content().string(containsString("value=\"01/03/2025\"")));
	}

	@Test
	void importingTheRealFilesAgainChangesNothingAndShowsEveryWarning() throws Exception {
		long unitsBefore = unitCount();
		MockMultipartHttpServletRequestBuilder request = multipart("/units/import");
		request.file(realFile("before", "units-63-provinces-2025-03.json"));
		request.file(realFile("after", "units-34-provinces-2026.json"));
		request.file(realFile("links", "merges.json"));
		String page = this.mvc
			.perform(request.param("effective", "2025-07-01")
				.param("beforeDate", "2025-03-01")
				.with(csrf())
				.cookie(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã nhập xong")))
			.andExpect(content().string(containsString("id=\"import-warnings\"")))
			.andExpect(content().string(matchesPattern("(?s).*<dd class=\"col-sm-8\">1\\d\\.\\d{3}</dd>.*")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher shown = Pattern.compile("Cảnh báo</dt>\\s*<dd class=\"col-sm-8\">([\\d.]+)</dd>").matcher(page);
		assertThat(shown.find()).isTrue();
		int warningCount = Integer.parseInt(shown.group(1).replace(".", ""));
		assertThat(warningCount).isPositive();
		assertThat(page).contains("<td>" + warningCount + "</td>")
			.doesNotContain("<td>" + (warningCount + 1) + "</td>");
		assertThat(unitCount()).isEqualTo(unitsBefore);
	}

	@Test
	void aSmallValidImportIsAppliedAndReported() throws Exception {
		long unitsBefore = unitCount();
		this.mvc.perform(upload("/units/import", BEFORE, AFTER, LINKS).with(csrf()).cookie(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã nhập xong")))
			.andExpect(content().string(containsString("Đơn vị đã có, giữ nguyên")));
		assertThat(unitCount()).isEqualTo(unitsBefore);
	}

	@Test
	void aTruncatedFileIsRejectedAndNothingIsWritten() throws Exception {
		long unitsBefore = unitCount();
		String truncatedAfter = """
				[{"Code": "T1", "Name": "Thử", "FullName": "Tỉnh Thử", "Wards": [{"Code": "T0001", "Name": "Mộ""";
		String newBefore = """
				[{"Code": "T0", "Name": "Cũ", "FullName": "Tỉnh Cũ", "District": []}]
				""";
		this.mvc
			.perform(upload("/units/import", newBefore, truncatedAfter, LINKS).param("effective", "2090-01-01")
				.param("beforeDate", "2089-12-01")
				.with(csrf())
				.cookie(this.admin))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Không có gì được ghi")))
			.andExpect(content().string(containsString("id=\"import-errors\"")))
			.andExpect(content().string(containsString("tệp sau sắp xếp")))
			.andExpect(content().string(containsString("bị cắt cụt")));
		assertThat(unitCount()).isEqualTo(unitsBefore);
	}

	@Test
	void aFileThatIsNotJsonIsRefusedWithAClearMessage() throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/units/import");
		request.file(new MockMultipartFile("before", "danh-sach.csv", "text/csv",
				"code,name\n01,Hà Nội\n".getBytes(StandardCharsets.UTF_8)));
		request.file(json("after", "after.json", AFTER));
		this.mvc.perform(request.with(csrf()).cookie(this.admin))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Tệp &quot;danh-sach.csv&quot; không phải JSON")))
			.andExpect(content().string(containsString("Chưa chọn tệp")));
		this.mvc
			.perform(upload("/units/import", BEFORE, AFTER, LINKS).param("effective", "2025-03-01")
				.param("beforeDate", "2025-07-01")
				.with(csrf())
				.cookie(this.admin))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("phải trước ngày có hiệu lực")));
	}

	@Test
	void onlyAdministratorsOfTheWholeSystemMayImport() throws Exception {
		String officer = UnitsTestSupport.createUser(this.accounts, Role.REPORTING_OFFICER, null);
		Cookie session = UnitsTestSupport.signIn(this.mvc, officer, UnitsTestSupport.PASSWORD);
		this.mvc.perform(get("/units/import").cookie(session)).andExpect(status().isForbidden());
		this.mvc.perform(upload("/units/import", BEFORE, AFTER, LINKS).with(csrf()).cookie(session))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(upload("/api/v1/unit-imports", BEFORE, AFTER, LINKS)
				.with(httpBasic(officer, UnitsTestSupport.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/units").cookie(session))
			.andExpect(content().string(not(containsString("Nhập danh sách đơn vị"))));
		this.mvc.perform(get("/units").cookie(this.admin))
			.andExpect(content().string(containsString("Nhập danh sách đơn vị")));
	}

	@Test
	void theApiAnswersTheReportAnd422WhenRejected() throws Exception {
		long unitsBefore = unitCount();
		this.mvc
			.perform(upload("/api/v1/unit-imports", BEFORE, AFTER, LINKS)
				.with(httpBasic("admin", DanvanIntegrationTest.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.applied").value(true))
			.andExpect(jsonPath("$.unitsCreated").value(0))
			.andExpect(jsonPath("$.unitsUnchanged").value(3))
			.andExpect(jsonPath("$.errors.length()").value(0));
		this.mvc
			.perform(upload("/api/v1/unit-imports", BEFORE, AFTER, "{\"data\": [{\"level1_id\": \"51\"")
				.with(httpBasic("admin", DanvanIntegrationTest.ADMIN_PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.applied").value(false))
			.andExpect(jsonPath("$.errors[0].reference").value("tệp liên kết"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("bị cắt cụt")));
		this.mvc
			.perform(upload("/api/v1/unit-imports", "khong phai json", AFTER, LINKS)
				.with(httpBasic("admin", DanvanIntegrationTest.ADMIN_PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].reference").value("before"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("không phải JSON")));
		this.mvc
			.perform(upload("/api/v1/unit-imports", BEFORE, AFTER, LINKS).param("effective", "mai")
				.with(httpBasic("admin", DanvanIntegrationTest.ADMIN_PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("effective")));
		assertThat(unitCount()).isEqualTo(unitsBefore);
	}

	private long unitCount() {
		return this.jdbc.sql("select count(*) from units.unit").query(Long.class).single();
	}

	private static MockMultipartFile realFile(String part, String name) throws Exception {
		try (InputStream in = RealAdministrativeUnits.open(name)) {
			return new MockMultipartFile(part, name, MediaType.APPLICATION_JSON_VALUE, in.readAllBytes());
		}
	}

}
