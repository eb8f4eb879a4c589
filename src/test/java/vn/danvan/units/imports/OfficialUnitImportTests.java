package vn.danvan.units.imports;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.units.RealAdministrativeUnits;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;
import vn.danvan.units.UnitsTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Nhập danh sách đơn vị hành chính chính thức": one click (or {@code POST
 * /api/v1/unit-imports/official}) imports the lists shipped with Danvan in the
 * background; the page follows its progress to the end, a second start while one runs is
 * refused, the import is audited, and only an administrator of the whole system may start
 * it. Each start reads some 5 MB of lists before it can finish, so a second start made
 * right after the first finds it running.
 */
@DanvanIntegrationTest
class OfficialUnitImportTests {

	static final Duration AT_MOST = Duration.ofMinutes(3);

	@Autowired
	MockMvc mvc;

	@Autowired
	OfficialUnitImport official;

	@Autowired
	Accounts accounts;

	@Autowired
	Units units;

	@Autowired
	UnitImports imports;

	@Autowired
	JdbcClient jdbc;

	Cookie admin;

	@BeforeEach
	void signIn() throws Exception {
		this.admin = UnitsTestSupport.signIn(this.mvc, "admin", DanvanIntegrationTest.ADMIN_PASSWORD);
		waitUntilIdle();
	}

	@Test
	void oneClickImportsTheNationalTreeInTheBackgroundWithAProgressBar() throws Exception {
		long auditedBefore = audited();
		this.mvc.perform(get("/units/import").cookie(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhập danh sách đơn vị hành chính chính thức")))
			.andExpect(content().string(containsString("action=\"/units/import/official\"")));

		this.mvc.perform(post("/units/import/official").with(csrf()).cookie(this.admin))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/units/import#official"))
			.andExpect(flash().attributeCount(0));
		this.mvc.perform(post("/units/import/official").with(csrf()).cookie(this.admin))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("officialError", "unitImport.official.alreadyRunning"));
		this.mvc.perform(get("/units/import").cookie(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-get=\"/units/import/official\"")))
			.andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
			.andExpect(content().string(containsString("role=\"progressbar\"")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"official-start\"\\s+disabled=.*")));

		await().atMost(AT_MOST).until(() -> !this.official.status().orElseThrow().running());
		this.mvc.perform(get("/units/import/official").cookie(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("hx-trigger"))))
			.andExpect(content().string(containsString("data-percent=\"100\"")))
			.andExpect(content().string(containsString("Danh sách chính thức đã được nhập (bắt đầu bởi admin")))
			.andExpect(content().string(containsString("id=\"official-counts\"")))
			.andExpect(content().string(containsString("id=\"official-start\"")))
			.andExpect(content().string(not(containsString("disabled"))));

		OfficialImportStatus done = this.official.status().orElseThrow();
		assertThat(done.state()).isEqualTo(OfficialImportStatus.State.APPLIED);
		assertThat(done.report().errors()).isEmpty();
		assertThat(this.units.findByCode(UnitLevel.CENTRAL, "VN", UnitScope.today())).isPresent();
		assertThat(this.units.findByCode(UnitLevel.PROVINCE, "62", UnitsTestSupport.MARCH_2025)).isPresent();
		assertThat(audited()).isEqualTo(auditedBefore + 1);
	}

	@Test
	void theApiStartsItAnswers202ThenRefusesASecondStartWith409() throws Exception {
		this.mvc.perform(post("/api/v1/unit-imports/official").with(adminBasic()))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", "/api/v1/unit-imports/official"))
			.andExpect(jsonPath("$.state").value("RUNNING"))
			.andExpect(jsonPath("$.startedBy").value("admin"));
		this.mvc.perform(post("/api/v1/unit-imports/official").with(adminBasic()))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("Đang có một lượt nhập danh sách chính thức")));

		await().atMost(AT_MOST).until(() -> !this.official.status().orElseThrow().running());
		this.mvc.perform(get("/api/v1/unit-imports/official").with(adminBasic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("APPLIED"))
			.andExpect(jsonPath("$.percent").value(100))
			.andExpect(jsonPath("$.report.applied").value(true))
			.andExpect(jsonPath("$.report.errors").isEmpty());
	}

	@Test
	void anAdministratorOfOneUnitMayNotStartIt() throws Exception {
		RealAdministrativeUnits.importOnce(this.imports);
		String centreAdministrator = RealAdministrativeUnits.centreAdministrator(this.accounts, this.units);
		this.mvc
			.perform(post("/api/v1/unit-imports/official")
				.with(httpBasic(centreAdministrator, RealAdministrativeUnits.CENTRE_ADMINISTRATOR_PASSWORD)))
			.andExpect(status().isForbidden());
		Cookie scoped = UnitsTestSupport.signIn(this.mvc, centreAdministrator,
				RealAdministrativeUnits.CENTRE_ADMINISTRATOR_PASSWORD);
		this.mvc.perform(post("/units/import/official").with(csrf()).cookie(scoped)).andExpect(status().isForbidden());
		assertThat(this.official.status().map(OfficialImportStatus::running)).isNotEqualTo(Optional.of(true));
	}

	@Test
	void theShippedListsAreTheOfficialOnes() {
		assertThat(new String(OfficialUnitLists.read(OfficialUnitLists.AFTER), StandardCharsets.UTF_8)).startsWith("[")
			.contains("\"Tỉnh Quảng Ngãi\"");
		assertThatThrownBy(() -> OfficialUnitLists.open("missing.json"))
			.hasMessageContaining("reference-data/admin-units/missing.json.gz");
	}

	private void waitUntilIdle() {
		await().atMost(AT_MOST).until(() -> this.official.status().map((status) -> !status.running()).orElse(true));
	}

	private RequestPostProcessor adminBasic() {
		return httpBasic("admin", DanvanIntegrationTest.ADMIN_PASSWORD);
	}

	private long audited() {
		return this.jdbc
			.sql("select count(*) from accounts.audit_log where action = 'UNITS_IMPORTED' and target_id = ?")
			.param(OfficialUnitLists.SOURCE)
			.query(Long.class)
			.single();
	}

}
