package vn.danvan.directives.register;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.MvcSignIn;
import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.NewUser;
import vn.danvan.directives.DirectiveCatalogue;
import vn.danvan.shared.security.Role;
import vn.danvan.units.RealAdministrativeUnits;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;
import vn.danvan.units.imports.UnitImports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 19, item 6, through HTTP: the aliases of a directive in the API and on its edit
 * page (422 with the field and a Vietnamese message, nothing saved; only the owner), and
 * references resolved for the text's unit in the API and on the references page
 * (ambiguous when another province has the same number).
 */
@DanvanIntegrationTest
class DirectiveAliasesApiTests {

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

	@Autowired
	vn.danvan.directives.Directives directives;

	Unit quangNgai;

	Unit quangNgaiCommune;

	Unit caoBang;

	Unit haNoiWard;

	@BeforeEach
	void tree() throws IOException {
		RealAdministrativeUnits.importOnce(this.imports);
		this.catalogue.load("test");
		LocalDate today = UnitScope.today();
		this.quangNgai = this.units.findByCode(UnitLevel.PROVINCE, "51", today).orElseThrow();
		this.caoBang = this.units.findByCode(UnitLevel.PROVINCE, "04", today).orElseThrow();
		this.quangNgaiCommune = commune(this.quangNgai);
		this.haNoiWard = commune(this.units.findByCode(UnitLevel.PROVINCE, "01", today).orElseThrow());
	}

	@Test
	void aliasesAreValidatedInVietnameseAndChangedOnlyByTheOwner() throws Exception {
		RequestPostProcessor officer = httpBasic(user(Role.COMMISSION_OFFICER, this.quangNgai.id()), PASSWORD);
		long id = register(ThreadLocalRandom.current().nextInt(10000, 99999) + "-KH/TU", "Tỉnh ủy Quảng Ngãi", officer);
		String path = "/api/v1/directives/" + id + "/aliases";
		this.mvc.perform(put(path).contentType(MediaType.APPLICATION_JSON).content("""
				{"aliases": ["Kế hoạch dân vận khéo", ""]}
				""").with(officer))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("aliases"))
			.andExpect(jsonPath("$.code").value("directives.error.aliasEmpty"))
			.andExpect(jsonPath("$.detail").value("Tên gọi khác thứ 2 đang để trống."));
		this.mvc
			.perform(put(path).contentType(MediaType.APPLICATION_JSON)
				.content("{\"aliases\": [\"Kế hoạch " + "a".repeat(300) + "\"]}")
				.with(officer))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("aliases"))
			.andExpect(jsonPath("$.detail").value("Tên gọi khác thứ 1 quá dài (tối đa 300 ký tự)."));
		this.mvc.perform(put(path).contentType(MediaType.APPLICATION_JSON).content("""
				{"aliases": ["Kế hoạch dân vận khéo", "KE HOACH DAN VAN KHEO"]}
				""").header("Accept-Language", "en").with(officer))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("aliases"))
			.andExpect(jsonPath("$.detail").value("The other name \"KE HOACH DAN VAN KHEO\" is entered twice."));
		this.mvc.perform(put(path).contentType(MediaType.APPLICATION_JSON).content("{}").with(officer))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get(path).with(officer)).andExpect(jsonPath("$.aliases.length()").value(0));

		this.mvc.perform(put(path).contentType(MediaType.APPLICATION_JSON).content("""
				{"aliases": ["Kế hoạch dân vận khéo của tỉnh qua API"]}
				""").with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.aliases[0]").value("Kế hoạch dân vận khéo của tỉnh qua API"));
		this.mvc.perform(get("/api/v1/directives/{id}", id).with(officer))
			.andExpect(jsonPath("$.aliases[0]").value("Kế hoạch dân vận khéo của tỉnh qua API"));
		// a commune officer sees the province's directive but may not change it; another
		// province's does not see it
		String body = "{\"aliases\": []}";
		this.mvc
			.perform(put(path).contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(httpBasic(user(Role.COMMISSION_OFFICER, this.quangNgaiCommune.id()), PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put(path).contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(httpBasic(user(Role.COMMISSION_OFFICER, this.caoBang.id()), PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(path).with(officer)).andExpect(jsonPath("$.aliases.length()").value(1));
	}

	@Test
	void theEditPageKeepsTheAliasesAndShowsWhatIsWrongBesideThem() throws Exception {
		String username = user(Role.COMMISSION_OFFICER, this.quangNgai.id());
		long id = register(ThreadLocalRandom.current().nextInt(10000, 99999) + "-KH/TU", "Tỉnh ủy Quảng Ngãi",
				httpBasic(username, PASSWORD));
		Cookie session = MvcSignIn.session(this.mvc, username, PASSWORD);
		int n = ThreadLocalRandom.current().nextInt(100000, 999999);
		String alias = "Kế hoạch thi đua trên trang " + n;
		this.mvc.perform(get("/directives/{id}/edit", id).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"aliases-form\"")));
		this.mvc
			.perform(post("/directives/{id}/aliases", id).param("aliases", alias + "\n" + alias.toUpperCase())
				.cookie(session)
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"aliases-error\"")))
			.andExpect(content().string(containsString("bị nhập trùng")));
		this.mvc
			.perform(post("/directives/{id}/aliases", id).param("aliases", alias + "\n\nKế hoạch TĐ tỉnh " + n)
				.cookie(session)
				.with(csrf()))
			.andExpect(redirectedUrl("/directives/" + id));
		this.mvc.perform(get("/directives/{id}", id).cookie(session))
			.andExpect(content().string(containsString(alias)))
			.andExpect(content().string(containsString("Kế hoạch TĐ tỉnh " + n)));
	}

	@Test
	void referencesResolveForTheTextsUnitAndAreAmbiguousElsewhere() throws Exception {
		int number = ThreadLocalRandom.current().nextInt(10000, 99999);
		String symbol = number + "-TB/TU";
		long own = register(symbol, "Ban Thường vụ Tỉnh ủy Quảng Ngãi",
				httpBasic(user(Role.COMMISSION_OFFICER, this.quangNgai.id()), PASSWORD));
		long other = register(symbol, "Ban Thường vụ Tỉnh ủy Cao Bằng",
				httpBasic(user(Role.COMMISSION_OFFICER, this.caoBang.id()), PASSWORD));
		String text = "Thực hiện Thông báo " + symbol + " của Ban Thường vụ Tỉnh ủy.";
		RequestPostProcessor admin = httpBasic("admin", DanvanIntegrationTest.ADMIN_PASSWORD);
		this.mvc.perform(references(text, this.quangNgaiCommune.id()).with(admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unitId").value((int) this.quangNgaiCommune.id()))
			.andExpect(jsonPath("$.references[0].resolution").value("RESOLVED"))
			.andExpect(jsonPath("$.references[0].directive.id").value((int) own));
		this.mvc.perform(references(text, this.haNoiWard.id()).with(admin))
			.andExpect(jsonPath("$.references[0].resolution").value("AMBIGUOUS"))
			.andExpect(jsonPath("$.references[0].directive").doesNotExist())
			.andExpect(jsonPath("$.references[0].candidates.length()").value(2))
			.andExpect(jsonPath("$.references[0].candidates[*].id", hasItem((int) other)));
		// no unit sent: the caller's own unit
		String communeOfficer = user(Role.REPORTING_OFFICER, this.quangNgaiCommune.id());
		this.mvc.perform(references(text, null).with(httpBasic(communeOfficer, PASSWORD)))
			.andExpect(jsonPath("$.references[0].directive.id").value((int) own));
		// a unit outside the caller's scope is not found
		this.mvc.perform(references(text, this.haNoiWard.id()).with(httpBasic(communeOfficer, PASSWORD)))
			.andExpect(status().isNotFound());
		// the page reads the text as the user's unit's: for an officer of the centre, who
		// sees both provinces' notices, it is neither's and shows both as candidates
		Cookie centre = MvcSignIn.session(this.mvc,
				user(Role.COMMISSION_OFFICER, RealAdministrativeUnits.centre(this.units)), PASSWORD);
		this.mvc.perform(post("/directives/references").param("text", text).cookie(centre).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dv-ref-ambiguous")))
			.andExpect(content().string(containsString("dv-ambiguous-hint")))
			.andExpect(content().string(containsString("Ban Thường vụ Tỉnh ủy Cao Bằng")))
			.andExpect(content().string(containsString("Ban Thường vụ Tỉnh ủy Quảng Ngãi")));
		// an officer of the province reads it as the province's
		Cookie province = MvcSignIn.session(this.mvc, user(Role.COMMISSION_OFFICER, this.quangNgai.id()), PASSWORD);
		this.mvc.perform(post("/directives/references").param("text", text).cookie(province).with(csrf()))
			.andExpect(content().string(containsString("dv-ref-resolved")))
			.andExpect(content().string(containsString("/directives/" + own + "\"")));
	}

	@Test
	void aDirectiveNamedWithoutANumberIsRegisteredAndItsAmbiguousMentionsListed() throws Exception {
		String name = "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII " + ThreadLocalRandom.current().nextInt(100000);
		String body = """
				{"type": "RESOLUTION", "symbol": "", "name": "%s", "issuedOn": "2025-10-10", "issuer": "%s",
				 "summary": "Nghị quyết Đại hội nhiệm kỳ 2025 - 2030"}
				""";
		for (Unit province : java.util.List.of(this.quangNgai, this.caoBang)) {
			this.mvc
				.perform(post("/api/v1/directives").contentType(MediaType.APPLICATION_JSON)
					.content(body.formatted(name, "Đảng bộ " + province.fullName()))
					.with(httpBasic(user(Role.COMMISSION_OFFICER, province.id()), PASSWORD)))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.symbol").value(""))
				.andExpect(jsonPath("$.name").value(name));
		}
		this.mvc
			.perform(post("/api/v1/directives").contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted("", "Tỉnh ủy"))
				.with(httpBasic(user(Role.COMMISSION_OFFICER, this.quangNgai.id()), PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("symbol"));
		this.directives.recordMentions("REPORT", UUID.randomUUID().toString(), "Báo cáo phường", null,
				this.haNoiWard.id(), "Phường học tập " + name.toLowerCase() + " của các tỉnh bạn.");
		Cookie centre = MvcSignIn.session(this.mvc,
				user(Role.COMMISSION_OFFICER, RealAdministrativeUnits.centre(this.units)), PASSWORD);
		this.mvc.perform(get("/directives/unknown-references").cookie(centre))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name.toLowerCase())))
			.andExpect(content().string(containsString("Chưa rõ văn bản nào")));
	}

	org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder references(String text, Long unitId) {
		String body = (unitId != null) ? "{\"text\": \"%s\", \"unitId\": %d}".formatted(text, unitId)
				: "{\"text\": \"%s\"}".formatted(text);
		return post("/api/v1/directive-references").contentType(MediaType.APPLICATION_JSON).content(body);
	}

	long register(String symbol, String issuer, RequestPostProcessor as) throws Exception {
		MvcResult created = this.mvc
			.perform(post("/api/v1/directives").contentType(MediaType.APPLICATION_JSON).content("""
					{"type": "%s", "symbol": "%s", "issuedOn": "2025-09-15", "issuer": "%s",
					 "summary": "Về công tác dân vận"}
					""".formatted(symbol.contains("-TB/") ? "NOTICE" : "PLAN", symbol, issuer)).with(as))
			.andExpect(status().isCreated())
			.andReturn();
		return ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
	}

	String user(Role role, long unitId) {
		String username = "a" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		this.accounts.create(
				new NewUser(username, "Cán bộ " + username, username + "@danvan.vn", PASSWORD, Set.of(role), unitId),
				"test");
		return username;
	}

	Unit commune(Unit province) {
		return this.units.descendants(province.id(), UnitScope.today(), UnitLevel.COMMUNE)
			.stream()
			.filter((u) -> u.kind().administrative())
			.findFirst()
			.orElseThrow();
	}

}
