package vn.danvan.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.AuditLog;
import vn.danvan.accounts.NewUser;
import vn.danvan.shared.security.Role;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.units.tree.UnitAdministration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The cases of issue 18 one by one: bad input answered 4xx in Vietnamese, length limits,
 * the audit log with a long text, headers, health details, the session cookie behind a
 * TLS proxy.
 */
@DanvanIntegrationTest
class InputHardeningTests {

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
	AuditLog auditLog;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void openingAPeriodRefusesUnknownNullAndRepeatedUnitsAndANul() throws Exception {
		ReportingFixture world = new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods);
		String base = "{\"templateId\": " + world.template.template().id() + ", \"type\": \"SIX_MONTH\","
				+ " \"name\": \"%s\", \"windowFrom\": \"2038-01-01\", \"windowTo\": \"2038-06-30\","
				+ " \"deadline\": \"2038-07-10\", \"units\": %s}";
		period(base.formatted("Kỳ thử", "[999999999]")).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("không tồn tại")));
		// A unit outside the user's scope: the same answer as an unknown one would be for
		// them (404).
		ReportingFixture elsewhere = new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods);
		String provinceAdministrator = world.user(Role.ADMINISTRATOR, world.province);
		this.mvc
			.perform(post("/api/v1/periods").contentType(MediaType.APPLICATION_JSON)
				.content(base.formatted("Kỳ thử", "[" + elsewhere.province + "]"))
				.with(httpBasic(provinceAdministrator, ReportingFixture.PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("Không tìm thấy đơn vị")));
		period(base.formatted("Kỳ thử", "[null]")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("units")));
		period(base.formatted("Kỳ thử", "[" + world.province + ", " + world.province + "]"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("không được lặp lại")));
		period(base.formatted("Kỳ\\u0000thử", "[" + world.province + "]")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("\"name\"")));
		period(base.formatted("K".repeat(301), "[" + world.province + "]")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("tối đa 300 ký tự")));
		assertThat(this.jdbc.sql("select count(*) from reporting.period where window_from = date '2038-01-01'")
			.query(Integer.class)
			.single()).as("nothing half-written").isZero();
	}

	@Test
	void aNulInAFormFieldIsA400PageNotA500() throws Exception {
		SignedInClient client = new SignedInClient(this.port).signIn("admin", DanvanIntegrationTest.ADMIN_PASSWORD);
		HttpResponse<String> response = client.postForm("/account/password",
				"currentPassword=a%00b&newPassword=x&confirmPassword=x");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("ký tự NUL").doesNotContain("Exception");
	}

	@Test
	void aTruncatedMultipartUploadIsA400Problem() throws Exception {
		String body = "------x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.4 cut off";
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/unit-imports/csv"))
				.header("Authorization", basicAdmin())
				.header("Content-Type", "multipart/form-data; boundary=----x")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
		assertThat(response.body()).contains("Không đọc được nội dung gửi lên");
	}

	@Test
	void aWronglyTypedOrNonFiniteValueInTheUnitImportIsReportedNotA500() throws Exception {
		String before = "[{\"Code\": 1e400, \"Name\": \"Thử\", \"FullName\": \"Tỉnh Thử\", \"District\": []}]";
		String after = "[{\"Code\": \"95\", \"Name\": [\"Sau\"], \"FullName\": \"Tỉnh Sau\", \"Wards\": []}]";
		String links = "{\"data\": [{\"level1_id\": {\"x\": 1}, \"merges\": \"full\", \"level2s\": 5}]}";
		this.mvc
			.perform(multipart("/api/v1/unit-imports")
				.file(new MockMultipartFile("before", "before.json", "application/json", before.getBytes()))
				.file(new MockMultipartFile("after", "after.json", "application/json", after.getBytes()))
				.file(new MockMultipartFile("links", "links.json", "application/json", links.getBytes()))
				.param("effective", "2041-01-01")
				.param("beforeDate", "2040-12-31")
				.with(httpBasic("admin", DanvanIntegrationTest.ADMIN_PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.applied").value(false))
			.andExpect(content().string(containsString("phải là chuỗi ký tự hoặc số nguyên")))
			.andExpect(content().string(not(containsString("Infinity"))));
	}

	@Test
	void theAuditLogShowsAnEntryWithAVeryLongText() throws Exception {
		String marker = "dai-" + UUID.randomUUID();
		this.auditLog.record("admin", AuditLog.USER_CHANGED, "user", marker, null,
				Map.of("summary", marker + "x".repeat(100_001)));
		SignedInClient client = new SignedInClient(this.port).signIn("admin", DanvanIntegrationTest.ADMIN_PASSWORD);
		HttpResponse<String> page = client.get("/admin/audit?actor=admin");
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).contains(marker).contains("</html>").hasSizeLessThan(2_000_000);
	}

	@Test
	void privacyHeadersOnPagesAndTheApi() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("Permissions-Policy", containsString("camera=()")));
		this.mvc.perform(get("/api/v1/me").with(httpBasic("admin", DanvanIntegrationTest.ADMIN_PASSWORD)))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("Permissions-Policy", containsString("geolocation=()")));
	}

	@Test
	void healthDetailsOnlyForAnAdministratorOfTheWholeSystem() throws Exception {
		ReportingFixture world = new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods);
		String provinceAdmin = world.user(Role.ADMINISTRATOR, world.province);
		this.mvc.perform(get("/actuator/health").with(httpBasic(provinceAdmin, ReportingFixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		this.mvc.perform(get("/actuator/health").with(httpBasic("admin", DanvanIntegrationTest.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.db.status").value("UP"));
	}

	@Test
	void theSessionCookieIsSecureWhenAProxyServesHttps() throws Exception {
		String username = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		this.accounts.create(new NewUser(username, "Cán bộ", null, "Mat-khau-qua-proxy-1", Set.of(Role.VIEWER), null),
				"test");
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> form = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-For", "203.0.113.9")
				.build(), HttpResponse.BodyHandlers.ofString());
		String cookie = form.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).contains("DANVAN_SESSION=").contains("Secure");
		HttpResponse<String> plain = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(plain.headers().firstValue("Set-Cookie").orElseThrow()).doesNotContain("Secure");
	}

	@Test
	void anUploadOverTheLimitIsAVietnamese413() throws Exception {
		byte[] huge = new byte[65 * 1024 * 1024];
		String head = "------x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n";
		byte[] start = head.getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(start, 0, huge, 0, start.length);
		byte[] end = "\r\n------x--\r\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(end, 0, huge, huge.length - end.length, end.length);
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/unit-imports/csv"))
				.header("Authorization", basicAdmin())
				.header("Content-Type", "multipart/form-data; boundary=----x")
				.POST(HttpRequest.BodyPublishers.ofByteArray(huge))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
		assertThat(response.body()).contains("Tệp gửi lên quá lớn").doesNotContain("Apache Tomcat");
	}

	private org.springframework.test.web.servlet.ResultActions period(String json) throws Exception {
		return this.mvc.perform(post("/api/v1/periods").contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.with(httpBasic("admin", DanvanIntegrationTest.ADMIN_PASSWORD)));
	}

	private static String basicAdmin() {
		return "Basic " + Base64.getEncoder()
			.encodeToString(("admin:" + DanvanIntegrationTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	static LocalDate today() {
		return LocalDate.now();
	}

}
