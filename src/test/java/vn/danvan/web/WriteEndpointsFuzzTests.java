package vn.danvan.web;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestFiles;
import vn.danvan.accounts.Accounts;
import vn.danvan.analytics.Analytics;
import vn.danvan.documents.DocumentsFixture;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.Submissions;
import vn.danvan.units.tree.UnitAdministration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Posts bad input to every write endpoint of {@code /api/v1} (enumerated from the handler
 * mappings: a new write endpoint without a valid body here fails the test): from one
 * valid request per endpoint, every JSON value in turn is replaced by a NUL character, a
 * lone surrogate, a very long string, a value of the wrong JSON type, a number that is
 * not finite, a list holding {@code null}; the body itself by broken JSON; multipart
 * uploads are truncated. No answer may be a 500; every refusal is a problem detail in
 * Vietnamese.
 */
@DanvanIntegrationTest
class WriteEndpointsFuzzTests {

	private static final Pattern VIETNAMESE = Pattern
		.compile("(?iu).*[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ].*", Pattern.DOTALL);

	private static final String LONG = "Đ".repeat(100_001);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

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

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private final List<String> failures = new ArrayList<>();

	private final Set<String> distinct = new TreeSet<>();

	private int requests;

	@Test
	void noWriteEndpointAnswers500ToBadInput() throws Exception {
		DocumentsFixture fixture = new DocumentsFixture(this.units, this.accounts, this.catalogue, this.periods,
				this.submissions, this.analytics);
		long submission = this.submissions.find(fixture.province(), fixture.period.id(), fixture.world.commune)
			.orElseThrow()
			.id();
		long indicator = this.catalogue.indicatorByCode(fixture.code("MEM")).orElseThrow().id();
		JsonNode directive = send("POST", "/api/v1/directives", directiveJson().get(), "application/json").json();
		long directiveId = directive.get("id").asLong();
		JsonNode action = send("POST", "/api/v1/directives/" + directiveId + "/actions",
				"{\"kind\": \"DISSEMINATION\", \"dueOn\": \"" + LocalDate.now().plusDays(30)
						+ "\", \"levels\": [\"COMMUNE\"], \"scopeUnitId\": " + fixture.world.province + "}",
				"application/json")
			.json();
		long actionId = action.get("id").asLong();
		JsonNode draft = send("POST", "/api/v1/review-reports",
				"{\"unit\": " + fixture.world.province + ", \"period\": " + fixture.period.id() + "}",
				"application/json")
			.json();
		long draftId = draft.get("id").asLong();
		int lastYear = LocalDate.now().getYear() - 1;
		java.util.function.IntFunction<String> practiceJson = (year) -> "{\"name\": \"" + unique("Mô hình ")
				+ "\", \"kind\": \"MODEL\", \"subject\": \"COLLECTIVE\", \"ownerUnitId\": " + fixture.world.commune
				+ ", \"fields\": [\"KINH_TE\"], \"targetGroups\": [\"NONG_DAN\"], \"registeredOn\": \"" + year
				+ "-04-01\", \"startedOn\": \"" + year + "-04-15\", \"description\": \"Tổ hợp tác\","
				+ " \"moneyMobilised\": 125.5, \"workDays\": 300}";
		long practiceId = send("POST", "/api/v1/practices", practiceJson.apply(lastYear), "application/json").json()
			.get("id")
			.get("value")
			.asLong();
		String section = String.valueOf(fixture.resultsSection);

		Map<String, Endpoint> endpoints = new LinkedHashMap<>();
		endpoints.put("POST /api/v1/indicators", json("/api/v1/indicators",
				() -> "{\"code\": \"" + unique("F") + "\", \"name\": \"Số mô hình\", \"unitOfMeasure\": \"mô hình\","
						+ " \"valueType\": \"INTEGER\", \"aggregation\": \"SUM\", \"required\": false,"
						+ " \"minValue\": 0, \"maxValue\": 1000, \"description\": \"Mô tả\"}"));
		endpoints.put("PUT /api/v1/indicators/{id}", json("/api/v1/indicators/" + indicator,
				() -> "{\"name\": \"Số hội viên\", \"unitOfMeasure\": \"người\","
						+ " \"valueType\": \"INTEGER\", \"aggregation\": \"SUM\", \"required\": false, \"maxValue\": 100000,"
						+ " \"description\": \"Mô tả\", \"version\": " + version("/api/v1/indicators/" + indicator)
						+ "}"));
		endpoints.put("POST /api/v1/breakdowns", json("/api/v1/breakdowns", () -> "{\"code\": \"" + unique("B")
				+ "\", \"name\": \"Lĩnh vực\","
				+ " \"items\": [{\"code\": \"A\", \"name\": \"Kinh tế\"}, {\"code\": \"B\", \"name\": \"Xã hội\"}]}"));
		endpoints.put("POST /api/v1/templates", json("/api/v1/templates", () -> "{\"code\": \"" + unique("TPL")
				+ "\", \"name\": \"Báo cáo thử\","
				+ " \"description\": \"Mô tả\", \"levels\": [\"COMMUNE\"], \"kinds\": [], \"periodTypes\": [\"SIX_MONTH\"],"
				+ " \"sections\": [{\"depth\": 0, \"label\": \"1.\", \"title\": \"Kết quả\", \"guidance\": \"\","
				+ " \"narrative\": true, \"indicators\": [\"" + fixture.code("MEM") + "\"]}]}"));
		endpoints.put("POST /api/v1/periods", json("/api/v1/periods",
				() -> "{\"templateId\": " + fixture.world.template.template().id() + ", \"type\": \"SIX_MONTH\","
						+ " \"name\": \"Kỳ thử " + UUID.randomUUID() + "\", \"windowFrom\": \"2037-01-01\","
						+ " \"windowTo\": \"2037-06-30\", \"deadline\": \"2037-07-10\", \"units\": ["
						+ fixture.world.province + "], \"parts\": []}"));
		String submissionPath = "/api/v1/submissions/" + submission;
		endpoints.put("PUT /api/v1/submissions/{id}",
				json(submissionPath,
						() -> "{\"version\": " + version(submissionPath) + ", \"values\": {\"" + fixture.code("MEM")
								+ "\": \"31\"}, \"narratives\": {\"" + section + "\": \"Kết quả tốt.\"}}"));
		for (String step : List.of("submit", "return", "approve", "reopen")) {
			endpoints.put("POST /api/v1/submissions/{id}/" + step,
					json(submissionPath + "/" + step, () -> "{\"version\": " + version(submissionPath)
							+ ", \"comment\": \"Bổ sung\", \"reason\": \"Sửa\"}"));
		}
		endpoints.put("POST /api/v1/submissions/{id}/comments", json(submissionPath + "/comments",
				() -> "{\"cell\": \"" + fixture.code("MEM") + "\", \"text\": \"Số hội viên chưa khớp với sổ\"}"));
		endpoints.put("POST /api/v1/submissions/{id}/comments/{id}/answered",
				new Endpoint("POST", submissionPath + "/comments/1/answered", null, null));
		endpoints.put("POST /api/v1/directive-references",
				json("/api/v1/directive-references", () -> "{\"text\": \"Thực hiện Nghị quyết số 25-NQ/TW\"}"));
		endpoints.put("POST /api/v1/directives", json("/api/v1/directives", directiveJson()));
		String directivePath = "/api/v1/directives/" + directiveId;
		endpoints.put("PUT /api/v1/directives/{id}", json(directivePath, () -> {
			ObjectNode body = (ObjectNode) read(directiveJson().get());
			body.put("version", version(directivePath));
			return body.toString();
		}));
		endpoints.put("POST /api/v1/directives/{id}/actions",
				json(directivePath + "/actions",
						() -> "{\"kind\": \"DISSEMINATION\", \"description\": \"Phổ biến\"," + " \"dueOn\": \""
								+ LocalDate.now().plusDays(30) + "\", \"levels\": [\"COMMUNE\"]," + " \"scopeUnitId\": "
								+ fixture.world.province + "}"));
		endpoints.put("POST /api/v1/directives/{id}/actions/{actionId}/records",
				json(directivePath + "/actions/" + actionId + "/records",
						() -> "{\"unitId\": " + fixture.world.commune + ", \"doneOn\": \""
								+ LocalDate.now().minusDays(1)
								+ "\", \"documentNumber\": \"05-KH/ĐU\", \"participants\": 87, \"note\": \"Xong\"}"));
		endpoints.put("PUT /api/v1/directives/{id}/aliases", new Endpoint("PUT", directivePath + "/aliases",
				() -> "{\"aliases\": [\"Chỉ thị dân vận " + unique("khoa") + "\"]}", null));
		endpoints.put("POST /api/v1/directives/{id}/attachments",
				multipart(directivePath + "/attachments", Map.of("file", new Part("quyet-dinh.pdf", TestFiles.pdf()))));
		endpoints.put("POST /api/v1/users",
				json("/api/v1/users", () -> "{\"username\": \"" + unique("u").toLowerCase() + "\", \"displayName\":"
						+ " \"Cán bộ thử\", \"email\": \"thu@danvan.vn\", \"password\": \"Mat-khau-rat-kho-doan-7\","
						+ " \"roles\": [\"VIEWER\"], \"unitId\": " + fixture.world.province + "}"));
		endpoints.put("POST /api/v1/review-reports", json("/api/v1/review-reports",
				() -> "{\"unit\": " + fixture.world.province + ", \"period\": " + fixture.period.id() + "}"));
		String draftPath = "/api/v1/review-reports/" + draftId;
		endpoints.put("PUT /api/v1/review-reports/{id}", json(draftPath, () -> "{\"version\": " + version(draftPath)
				+ ", \"summary\": \"Tóm tắt\", \"sections\": {\"" + section + "\": \"Kết quả nổi bật.\"}}"));
		endpoints.put("POST /api/v1/review-reports/{id}/issue",
				json(draftPath + "/issue",
						() -> "{\"date\": \"" + LocalDate.now() + "\", \"signer\": \"deputy\","
								+ " \"signerName\": \"Nguyễn Thị Hương\", \"recipients\": [\"Như trên\"], \"version\": "
								+ version(draftPath) + "}"));
		endpoints.put("POST /api/v1/unit-imports/csv", multipart("/api/v1/unit-imports/csv",
				Map.of("file", new Part("don-vi.csv", "ma,ten,cap,ma_cap_tren\n".getBytes(StandardCharsets.UTF_8)))));
		endpoints.put("POST /api/v1/unit-imports", multipart(
				"/api/v1/unit-imports?effective=2040-01-01&beforeDate=2039-12-31",
				Map.of("before", new Part("before.json", """
						[{"Code": "98", "Name": "Thử Trước", "FullName": "Tỉnh Thử Trước", "District": []}]
						""".getBytes(StandardCharsets.UTF_8)), "after", new Part("after.json", """
						[{"Code": "97", "Name": "Thử Sau", "FullName": "Tỉnh Thử Sau", "Wards": []}]
						""".getBytes(StandardCharsets.UTF_8)), "links", new Part("links.json", """
						{"data": [{"level1_id": "97", "merges": [{"old_id": "98", "type": "full"}], "level2s": []}]}
						""".getBytes(StandardCharsets.UTF_8)))));
		String practicePath = "/api/v1/practices/" + practiceId;
		endpoints.put("POST /api/v1/practices", json("/api/v1/practices", () -> practiceJson.apply(lastYear)));
		endpoints.put("PUT /api/v1/practices/{id}", json(practicePath, () -> {
			ObjectNode body = (ObjectNode) read(practiceJson.apply(lastYear));
			body.put("version", practiceVersion(practicePath));
			return body.toString();
		}));
		endpoints.put("POST /api/v1/practices/{id}/start",
				json(practicePath + "/start", () -> "{\"on\": \"" + LocalDate.now() + "\", \"note\": \"Bắt đầu\"}"));
		endpoints.put("POST /api/v1/practices/{id}/evaluations", json(practicePath + "/evaluations",
				() -> "{\"year\": " + lastYear + ", \"grade\": \"GOOD\", \"effective\": true, \"comment\": \"Tốt\"}"));
		endpoints.put("POST /api/v1/practices/{id}/recognitions", json(practicePath + "/recognitions",
				() -> "{\"recognisedOn\": \"" + LocalDate.now() + "\", \"exemplary\": true}"));
		endpoints.put("POST /api/v1/practices/{id}/replication", json(practicePath + "/replication",
				() -> "{\"on\": \"" + LocalDate.now() + "\", \"note\": \"Nhân rộng ra 3 thôn\"}"));
		endpoints.put("POST /api/v1/practices/{id}/end",
				json(practicePath + "/end", () -> "{\"on\": \"" + LocalDate.now() + "\", \"note\": \"Kết thúc\"}"));
		// Sent as the system's administrator, who does not own the commune's practice:
		// the
		// upload and delete are refused (403), never a 500; the file checks are in
		// PracticeMediaTests.
		endpoints.put("POST /api/v1/practices/{id}/media", multipart(practicePath + "/media",
				Map.of("file", new Part("anh.png", vn.danvan.practices.media.PracticeMediaTests.png(40, 30)))));
		endpoints.put("PUT /api/v1/practices/{id}/publication",
				new Endpoint("PUT", practicePath + "/publication?note=ti%C3%AAu%20bi%E1%BB%83u", null, null));
		endpoints.put("DELETE /api/v1/practices/{id}/publication",
				new Endpoint("DELETE", practicePath + "/publication", null, null));
		endpoints.put("DELETE /api/v1/practices/{id}/media/{id}",
				new Endpoint("DELETE", practicePath + "/media/1", null, null));
		java.util.function.Supplier<String> decisionJson = () -> "{\"number\": \"" + unique("QĐ-")
				+ "\", \"decidedOn\": \"" + LocalDate.now().minusDays(1) + "\", \"issuingUnitId\": "
				+ fixture.world.province + ", \"form\": \"GIAY_KHEN\", \"reason\": \"Thành tích\","
				+ " \"campaign\": \"Dân vận khéo\"}";
		long decisionId = send("POST", "/api/v1/awards/decisions", decisionJson.get(), "application/json").json()
			.get("id")
			.get("value")
			.asLong();
		String decisionPath = "/api/v1/awards/decisions/" + decisionId;
		endpoints.put("POST /api/v1/awards/decisions", json("/api/v1/awards/decisions", decisionJson));
		endpoints.put("PUT /api/v1/awards/decisions/{id}", json(decisionPath, () -> {
			ObjectNode body = (ObjectNode) read(decisionJson.get());
			body.put("version", version(decisionPath));
			return body.toString();
		}));
		endpoints.put("POST /api/v1/awards/decisions/{id}/recipients",
				json(decisionPath + "/recipients",
						() -> "[{\"kind\": \"INDIVIDUAL\", \"name\": \"Nguyễn Văn An\", \"jobTitle\": \"Trưởng thôn\","
								+ " \"unitId\": " + fixture.world.commune + "}]"));
		endpoints.put("POST /api/v1/awards/decisions/{id}/recipients/import",
				multipart(decisionPath + "/recipients/import",
						Map.of("file", new Part("danh-sach.xlsx", awardsXlsx(fixture.world.prefix + "C1")))));
		// The official import takes no input at all (the lists ship with the product):
		// there
		// is nothing to fuzz, and starting it would replace the shared test tree.
		endpoints.put("POST /api/v1/unit-imports/official",
				new Endpoint("POST", "/api/v1/unit-imports/official", null, null));
		endpoints.put("DELETE /api/v1/directives/{id}", new Endpoint("DELETE", directivePath, null, null));

		assertThat(writeEndpoints()).as("every write endpoint of the API has a valid request in this test")
			.isSubsetOf(endpoints.keySet());

		for (Map.Entry<String, Endpoint> entry : endpoints.entrySet()) {
			fuzz(entry.getKey(), entry.getValue());
		}
		System.out.printf("WriteEndpointsFuzzTests: %d requests, %d answered 500, %d distinct (endpoint, kind): %s%n",
				this.requests, this.failures.stream().filter((f) -> f.contains(" 500 ")).count(), this.distinct.size(),
				this.distinct);
		assertThat(this.failures).isEmpty();
	}

	private static byte[] awardsXlsx(String unitCode) throws java.io.IOException {
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Danh sách");
			String[][] rows = { { "STT", "Loại", "Họ tên / tên tập thể", "Chức vụ", "Đơn vị" },
					{ "1", "Cá nhân", "Lê Văn Bình", "Bí thư chi bộ", unitCode } };
			for (int r = 0; r < rows.length; r++) {
				org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private Set<String> writeEndpoints() {
		Set<String> found = new LinkedHashSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					continue;
				}
				for (RequestMethod method : info.getMethodsCondition().getMethods()) {
					if (method != RequestMethod.GET && method != RequestMethod.HEAD
							&& method != RequestMethod.OPTIONS) {
						found.add(method + " " + pattern.replaceAll("\\{[^}]+}", "{id}")
							.replace("/actions/{id}/records", "/actions/{actionId}/records"));
					}
				}
			}
		}
		return found;
	}

	private void fuzz(String name, Endpoint endpoint) throws Exception {
		if (endpoint.json() != null) {
			for (String bad : List.of("", "{", "null", "[]", "\"x\"", "42", "{\"a\": \"\u0000\"}")) {
				check(name, "body " + abbreviate(bad), endpoint, bad, "application/json");
			}
			JsonNode base = read(endpoint.json().get());
			for (String path : leaves(base, "")) {
				for (Map.Entry<String, JsonNode> bad : badValues(at(base, path)).entrySet()) {
					JsonNode body = read(endpoint.json().get());
					replace(body, path, bad.getValue());
					check(name, path + " := " + bad.getKey(), endpoint, body.toString(), "application/json");
				}
			}
			check(name, "valid", endpoint, endpoint.json().get(), "application/json");
		}
		else if (endpoint.parts() != null) {
			byte[] valid = multipartBody(endpoint.parts(), Map.of());
			check(name, "truncated multipart", endpoint,
					new String(valid, 0, valid.length / 2, StandardCharsets.ISO_8859_1),
					"multipart/form-data; boundary=" + BOUNDARY);
			check(name, "multipart without end", endpoint,
					new String(valid, 0, valid.length - BOUNDARY.length() - 6, StandardCharsets.ISO_8859_1),
					"multipart/form-data; boundary=" + BOUNDARY);
			check(name, "not multipart", endpoint, "{}", "multipart/form-data; boundary=" + BOUNDARY);
			for (String part : endpoint.parts().keySet()) {
				for (Map.Entry<String, byte[]> bad : badFiles(endpoint.parts().get(part).content()).entrySet()) {
					check(name, part + " := " + bad.getKey(), endpoint,
							new String(multipartBody(endpoint.parts(), Map.of(part, bad.getValue())),
									StandardCharsets.ISO_8859_1),
							"multipart/form-data; boundary=" + BOUNDARY);
				}
			}
		}
		// A NUL in the path ("%00") is refused by Tomcat before the application (400, its
		// own page): not fuzzed here.
		for (String id : List.of("abc", "1e400", "99999999999999999999999")) {
			Endpoint wrongId = new Endpoint(endpoint.method(),
					endpoint.path().replaceFirst("/(\\d+)(?=/|$|\\?)", "/" + id), endpoint.json(), endpoint.parts());
			if (!wrongId.path().equals(endpoint.path())) {
				check(name, "id := " + id, wrongId, (endpoint.json() != null) ? endpoint.json().get() : "",
						"application/json");
			}
		}
	}

	private Map<String, JsonNode> badValues(JsonNode value) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		Map<String, JsonNode> bad = new LinkedHashMap<>();
		if (value.isString()) {
			bad.put("NUL", nodes.stringNode("Kết\u0000quả"));
			bad.put("lone surrogate", nodes.stringNode("Kết\uD800quả"));
			bad.put("long string", nodes.stringNode(LONG));
		}
		bad.put("object", nodes.objectNode().put("x", 1));
		bad.put("list", nodes.arrayNode().add("x"));
		bad.put("list of null", nodes.arrayNode().addNull());
		bad.put("boolean", nodes.booleanNode(true));
		bad.put("string", nodes.stringNode("không phải số"));
		bad.put("1e400", nodes.numberNode(new java.math.BigDecimal("1e400")));
		bad.put("-1", nodes.numberNode(-1));
		bad.put("huge integer", nodes.numberNode(new java.math.BigInteger("9".repeat(40))));
		bad.put("null", nodes.nullNode());
		return bad;
	}

	private static Map<String, byte[]> badFiles(byte[] valid) {
		Map<String, byte[]> bad = new LinkedHashMap<>();
		bad.put("empty", new byte[0]);
		bad.put("NUL bytes", new byte[] { 0, 0, 0, 0 });
		bad.put("truncated", java.util.Arrays.copyOf(valid, valid.length / 2));
		bad.put("lone %PDF", "%PDF".getBytes(StandardCharsets.ISO_8859_1));
		bad.put("truncated zip", java.util.Arrays.copyOf(new byte[] { 'P', 'K', 3, 4, 20, 0 }, 200));
		bad.put("JSON of the wrong shape",
				"{\"data\": {\"level1_id\": [1, 2]}, \"x\": [{\"Code\": 1e400}]}".getBytes());
		bad.put("list of wrong types",
				"[{\"Code\": 1e400, \"Name\": [], \"FullName\": {}, \"District\": \"x\", \"Wards\": 5}]".getBytes());
		bad.put("NUL in JSON",
				"[{\"Code\": \"96\", \"Name\": \"A\\u0000B\", \"FullName\": \"T\", \"Wards\": []}]".getBytes());
		return bad;
	}

	private void check(String name, String kind, Endpoint endpoint, String body, String contentType) {
		HttpResponse<String> response;
		try {
			response = sendRaw(endpoint.method(), endpoint.path(), body, contentType);
		}
		catch (Exception ex) {
			this.failures.add(name + " [" + kind + "] no answer: " + ex);
			this.distinct.add(name + " [" + kind + "]");
			return;
		}
		this.requests++;
		int status = response.statusCode();
		if (status >= 500) {
			this.failures.add(name + " [" + kind + "] " + status + " " + abbreviate(response.body()));
			this.distinct.add(name + " [" + kind + "]");
			return;
		}
		if (status >= 400) {
			String type = response.headers().firstValue("Content-Type").orElse("");
			String detail = "";
			try {
				JsonNode problem = JSON.readTree(response.body());
				detail = (problem.get("detail") != null) ? problem.get("detail").asString() : "";
			}
			catch (RuntimeException ex) {
				// not JSON: reported below
			}
			// The imports of units answer a refused file with their report
			// (application/json), whose
			// errors say in Vietnamese what is wrong.
			boolean importReport = endpoint.path().startsWith("/api/v1/unit-imports") && status == 422
					&& type.startsWith("application/json") && VIETNAMESE.matcher(response.body()).matches();
			if (!importReport
					&& (!type.startsWith("application/problem+json") || !VIETNAMESE.matcher(detail).matches())) {
				this.failures.add(name + " [" + kind + "] " + status + " without a Vietnamese problem detail: " + type
						+ " " + abbreviate(response.body()));
			}
		}
	}

	private Reply send(String method, String path, String body, String contentType) throws Exception {
		HttpResponse<String> response = sendRaw(method, path, body, contentType);
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isLessThan(300);
		return new Reply(response.body());
	}

	private HttpResponse<String> sendRaw(String method, String path, String body, String contentType) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + DanvanIntegrationTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json")
			.timeout(java.time.Duration.ofSeconds(60));
		if (body != null && !method.equals("DELETE")) {
			request.header("Content-Type", contentType);
			request.method(method, HttpRequest.BodyPublishers.ofByteArray(contentType.startsWith("multipart")
					? body.getBytes(StandardCharsets.ISO_8859_1) : body.getBytes(StandardCharsets.UTF_8)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private int practiceVersion(String path) {
		try {
			JsonNode practice = JSON.readTree(sendRaw("GET", path, null, null).body()).get("practice");
			return (practice != null && practice.get("version") != null) ? practice.get("version").asInt() : 0;
		}
		catch (Exception ex) {
			return 0;
		}
	}

	private int version(String path) {
		try {
			HttpResponse<String> response = sendRaw("GET", path, null, null);
			JsonNode version = JSON.readTree(response.body()).get("version");
			return (version != null) ? version.asInt() : 0;
		}
		catch (Exception ex) {
			return 0;
		}
	}

	private static Supplier<String> directiveJson() {
		return () -> "{\"type\": \"DIRECTIVE\", \"symbol\": \"" + unique("CT/TU") + "\", \"issuedOn\": \"2024-03-15\","
				+ " \"issuer\": \"Ban Thường vụ Tỉnh ủy\", \"summary\": \"Về tăng cường công tác dân vận\","
				+ " \"fields\": \"Dân vận chính quyền\"}";
	}

	private static String unique(String prefix) {
		String random = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
		return prefix.contains("/") ? random.replaceAll("[A-F]", "") + "1-" + prefix : prefix + random;
	}

	private static Endpoint json(String path, Supplier<String> body) {
		String method = path.matches(".*/(indicators|submissions|directives|review-reports)/\\d+$") ? "PUT" : "POST";
		return new Endpoint(method, path, body, null);
	}

	private static Endpoint multipart(String path, Map<String, Part> parts) {
		return new Endpoint("POST", path, null, parts);
	}

	private static final String BOUNDARY = "----danvanfuzz";

	private static byte[] multipartBody(Map<String, Part> parts, Map<String, byte[]> replaced) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (Map.Entry<String, Part> part : parts.entrySet()) {
			byte[] content = replaced.getOrDefault(part.getKey(), part.getValue().content());
			out.writeBytes(
					("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part.getKey() + "\"; filename=\""
							+ part.getValue().fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
						.getBytes(StandardCharsets.UTF_8));
			out.writeBytes(content);
			out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private static List<String> leaves(JsonNode node, String path) {
		List<String> found = new ArrayList<>();
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				String child = path + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
				found.add(child);
				found.addAll(leaves(field.getValue(), child));
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				found.add(path + "/" + i);
				found.addAll(leaves(node.get(i), path + "/" + i));
			}
		}
		return found;
	}

	private static JsonNode at(JsonNode root, String path) {
		return root.at(path);
	}

	private static void replace(JsonNode root, String path, JsonNode value) {
		int slash = path.lastIndexOf('/');
		JsonNode parent = root.at(path.substring(0, slash));
		String last = path.substring(slash + 1).replace("~1", "/").replace("~0", "~");
		if (parent instanceof ObjectNode object) {
			object.set(last, value);
		}
		else if (parent instanceof ArrayNode array) {
			array.set(Integer.parseInt(last), value);
		}
	}

	private static JsonNode read(String json) {
		return JSON.readTree(json);
	}

	private static String abbreviate(String text) {
		String oneLine = text.replace('\n', ' ').replace("\u0000", "\\0");
		return (oneLine.length() > 300) ? oneLine.substring(0, 300) + "…" : oneLine;
	}

	record Endpoint(String method, String path, Supplier<String> json, Map<String, Part> parts) {
	}

	record Part(String fileName, byte[] content) {
	}

	record Reply(String body) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

}
