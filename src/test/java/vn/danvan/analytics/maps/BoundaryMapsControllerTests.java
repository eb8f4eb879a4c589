package vn.danvan.analytics.maps;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.MvcSignIn;
import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.NewUser;
import vn.danvan.shared.security.Role;
import vn.danvan.units.RealAdministrativeUnits;
import vn.danvan.units.imports.UnitImports;
import vn.danvan.units.Units;
import vn.danvan.web.SignedInClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The maps page of administrators (upload, refusal, removal, preview) and the boundary
 * GeoJSON for every signed-in user.
 */
@DanvanIntegrationTest
class BoundaryMapsControllerTests {

	static final String OFFICER_PASSWORD = "Mat-khau-thu-nghiem-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	BoundaryMaps maps;

	@Autowired
	UnitImports imports;

	@Autowired
	Units units;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	String administrator;

	@BeforeEach
	void setUp() throws IOException {
		RealAdministrativeUnits.importOnce(this.imports);
		this.administrator = RealAdministrativeUnits.centreAdministrator(this.accounts, this.units);
		this.maps.remove(this.accounts.principal(this.administrator).orElseThrow(), "127.0.0.1");
	}

	@Test
	void anAdministratorSeesTheTilePreviewAndTheUploadForm() throws Exception {
		String page = this.mvc.perform(get("/analytics/maps").cookie(signIn(this.administrator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"upload-form\"", "enctype=\"multipart/form-data\"", "name=\"_csrf\"",
				"Chưa có bản đồ ranh giới", "class=\"dv-province-map\"", "data-boundary=\"false\"",
				"Thứ tự mã tỉnh, thành phố (không phải số liệu)", "không phải số liệu báo cáo", "/js/analytics-map.js",
				"echarts.min.js", "/css/analytics-map.css", "Tối đa 20 MB", "data-max-bytes=\"20971520\"",
				"id=\"nav-maps\"");
		assertThat(page).doesNotContain("class=\"btn-group btn-group-sm dv-map-switch\"", "id=\"remove-form\"");
		assertThat(count(page, "<tr data-code=")).isEqualTo(34);
	}

	@Test
	void theOfficialFileIsUploadedAndThePageShowsTheMatch() throws Exception {
		Cookie session = signIn(this.administrator);
		this.mvc.perform(multipart("/analytics/maps").file(officialFile()).with(csrf()).cookie(session))
			.andExpect(redirectedUrl("/analytics/maps"))
			.andExpect(flash().attribute("successKey", "analytics.map.uploaded"));

		String page = this.mvc.perform(get("/analytics/maps").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("vn-34-provinces.min.geojson (2 MB)", this.administrator,
				"id=\"boundary-map-matched\">34<", "id=\"boundary-map-no-warnings\"", "data-boundary=\"true\"",
				"dv-map-switch", "Bản đồ ranh giới", "id=\"remove-form\"", "data-confirm=\"Gỡ bản đồ ranh giới?");
	}

	@Test
	void aBadFileIsRefusedOnThePageAndNothingIsStored() throws Exception {
		MvcResult result = this.mvc.perform(multipart("/analytics/maps")
			.file(new MockMultipartFile("file", "ban-do.geojson", "application/geo+json",
					"{\"type\": \"Topology\", \"objects\": {}}".getBytes(StandardCharsets.UTF_8)))
			.with(csrf())
			.cookie(signIn(this.administrator))).andExpect(status().isUnprocessableContent()).andReturn();

		assertThat(result.getResponse().getContentAsString()).contains("id=\"map-refusal\"",
				"Tệp &quot;ban-do.geojson&quot; không phải GeoJSON FeatureCollection", "is-invalid");
		assertThat(rows()).isZero();
	}

	@Test
	void noFileIsRefusedWithAMessage() throws Exception {
		String page = this.mvc.perform(multipart("/analytics/maps").with(csrf()).cookie(signIn(this.administrator)))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Chưa chọn tệp, hoặc tệp rỗng.");
		assertThat(rows()).isZero();
	}

	@Test
	void othersThanAdministratorsAreRefused() throws Exception {
		Cookie officer = signIn(officer(Role.COMMISSION_OFFICER));

		this.mvc.perform(get("/analytics/maps").cookie(officer)).andExpect(status().isForbidden());
		this.mvc.perform(multipart("/analytics/maps").file(officialFile()).with(csrf()).cookie(officer))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/analytics/maps/remove").with(csrf()).cookie(officer)).andExpect(status().isForbidden());
		this.mvc.perform(get("/analytics/maps")).andExpect(redirectedUrl("/login"));

		assertThat(rows()).isZero();
	}

	@Test
	void theBoundaryGeoJsonIsServedToSignedInUsersAndRevalidatedByItsEtag() throws Exception {
		Cookie viewer = signIn(officer(Role.VIEWER));
		this.mvc.perform(get("/analytics/maps/provinces.geojson").cookie(viewer)).andExpect(status().isNotFound());
		this.mvc.perform(get("/analytics/maps/provinces.geojson")).andExpect(redirectedUrl("/login"));

		this.mvc
			.perform(multipart("/analytics/maps").file(officialFile()).with(csrf()).cookie(signIn(this.administrator)))
			.andExpect(status().is3xxRedirection());

		MvcResult plain = this.mvc.perform(get("/analytics/maps/provinces.geojson").cookie(viewer))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/geo+json"))
			.andExpect(header().string("Vary", "Accept-Encoding"))
			.andReturn();
		String etag = plain.getResponse().getHeader("ETag");
		assertThat(etag).matches("\"[0-9a-f]{32}\"");
		assertThat(plain.getResponse().getHeader("Cache-Control")).contains("no-cache", "private")
			.doesNotContain("no-store");
		byte[] content = plain.getResponse().getContentAsByteArray();
		JsonNode geoJson = JsonMapper.shared().readTree(content);
		assertThat(geoJson.get("features").size()).isEqualTo(34);

		this.mvc.perform(get("/analytics/maps/provinces.geojson").cookie(viewer).header("If-None-Match", etag))
			.andExpect(status().isNotModified());
		MvcResult zipped = this.mvc
			.perform(get("/analytics/maps/provinces.geojson").cookie(viewer).header("Accept-Encoding", "gzip, br"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Encoding", "gzip"))
			.andReturn();
		byte[] compressed = zipped.getResponse().getContentAsByteArray();
		assertThat(compressed.length).isLessThan(content.length / 2);
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
	}

	@Test
	void removingTheMapLeavesTheTiles() throws Exception {
		Cookie session = signIn(this.administrator);
		this.mvc.perform(multipart("/analytics/maps").file(officialFile()).with(csrf()).cookie(session))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(post("/analytics/maps/remove").with(csrf()).cookie(session))
			.andExpect(redirectedUrl("/analytics/maps"))
			.andExpect(flash().attribute("successKey", "analytics.map.removed"));

		assertThat(rows()).isZero();
		this.mvc.perform(get("/analytics/maps/provinces.geojson").cookie(session)).andExpect(status().isNotFound());
	}

	@Test
	void aFileOverTheLimitGetsTheMessageOfThePageNotAnErrorOfTheServer() throws Exception {
		SignedInClient client = new SignedInClient(this.port).signIn(this.administrator,
				RealAdministrativeUnits.CENTRE_ADMINISTRATOR_PASSWORD);
		byte[] tooLarge = new byte[(int) this.maps.maxFileSize() + 1024];

		HttpResponse<String> response = client.postFile("/analytics/maps", "/analytics/maps", "file", "lon.geojson",
				tooLarge);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("id=\"map-refusal\"",
				"Tệp &quot;lon.geojson&quot; quá lớn (20 MB): tối đa 20 MB.");
		assertThat(rows()).isZero();
	}

	private MockMultipartFile officialFile() throws IOException {
		return new MockMultipartFile("file", "vn-34-provinces.min.geojson", "application/geo+json",
				Files.readAllBytes(RealAdministrativeUnits.file("vn-34-provinces.min.geojson")));
	}

	private String officer(Role role) {
		String username = "nguoi.xem." + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(username, "Cán bộ " + username, username + "@danvan.vn", OFFICER_PASSWORD,
				Set.of(role), RealAdministrativeUnits.centre(this.units)), "test");
		return username;
	}

	private Cookie signIn(String username) throws Exception {
		String password = username.equals(this.administrator) ? RealAdministrativeUnits.CENTRE_ADMINISTRATOR_PASSWORD
				: OFFICER_PASSWORD;
		return MvcSignIn.session(this.mvc, username, password);
	}

	private long rows() {
		return this.jdbc.sql("select count(*) from analytics.boundary_map").query(Long.class).single();
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			count++;
		}
		return count;
	}

}
