package vn.danvan.directives.register;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.MvcSignIn;
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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The directive pages: list and search (full page and htmx fragment), registration with
 * its errors, the directive page, actions, matrix, unit record, references and unknown
 * references; roles and scope.
 */
@DanvanIntegrationTest
class DirectivePagesTests {

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

	Cookie admin;

	@BeforeEach
	void signIn() throws Exception {
		RealAdministrativeUnits.importOnce(this.imports);
		this.catalogue.load("test");
		this.admin = signIn("admin", DanvanIntegrationTest.ADMIN_PASSWORD);
	}

	@Test
	void theListSearchesWithoutDiacriticsAndAnswersHtmxWithTheResultsOnly() throws Exception {
		this.mvc.perform(get("/directives").cookie(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nghị quyết 25-NQ/TW")))
			.andExpect(content().string(containsString("id=\"nav-directives\"")))
			.andExpect(content().string(containsString("Đăng ký văn bản")));
		this.mvc.perform(get("/directives").param("q", "giam sat phan bien").cookie(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chỉ thị 18-CT/TW")))
			.andExpect(content().string(not(containsString("Nghị quyết 25-NQ/TW"))));
		this.mvc.perform(get("/directives").param("q", "43").header("HX-Request", "true").cookie(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"directive-results\"")))
			.andExpect(content().string(not(containsString("<nav"))));
	}

	@Test
	void registerWithAFileThenSeeTheDirective() throws Exception {
		String symbol = UUID.randomUUID().hashCode() % 9000 + 10000 + "-KL/TU";
		String location = this.mvc
			.perform(multipart("/directives/new")
				.file(new MockMultipartFile("file", "ket-luan.pdf", "application/pdf", TestFiles.pdf()))
				.param("type", "CONCLUSION")
				.param("symbol", symbol)
				.param("issuedOn", "2025-02-01")
				.param("issuer", "Ban Thường vụ Tỉnh ủy")
				.param("summary", "Về tiếp tục đẩy mạnh công tác dân vận")
				.param("status", "IN_FORCE")
				.cookie(this.admin)
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/directives/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(location).cookie(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kết luận " + symbol)))
			.andExpect(content().string(containsString("ket-luan.pdf")))
			.andExpect(content().string(containsString("01/02/2025")));
		this.mvc
			.perform(multipart("/directives/new").param("type", "CONCLUSION")
				.param("symbol", symbol)
				.param("issuedOn", "2025-02-01")
				.param("issuer", "Ban Thường vụ Tỉnh ủy")
				.param("summary", "Lần hai")
				.cookie(this.admin)
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("đã có trong danh mục")));
		this.mvc
			.perform(multipart("/directives/new")
				.file(new MockMultipartFile("file", "bang-tinh.xlsx", "application/octet-stream", new byte[] { 1, 2 }))
				.param("type", "CONCLUSION")
				.param("symbol", symbol + "9")
				.param("issuedOn", "2025-02-01")
				.param("issuer", "Ban Thường vụ Tỉnh ủy")
				.param("summary", "Tệp sai")
				.cookie(this.admin)
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("không phải PDF hoặc DOCX")));
		this.mvc.perform(get("/directives").param("q", symbol + "9").cookie(this.admin))
			.andExpect(content().string(containsString("0 văn bản")));

		this.mvc.perform(get(location + "/edit").cookie(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + symbol + "\"")));
		this.mvc
			.perform(post(location + "/edit").param("type", "CONCLUSION")
				.param("symbol", symbol)
				.param("issuedOn", "2025-02-01")
				.param("issuer", "Ban Thường vụ Tỉnh ủy")
				.param("summary", "Về tiếp tục đẩy mạnh công tác dân vận")
				.param("status", "REPLACED")
				.param("version", "0")
				.cookie(this.admin)
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("vui lòng chọn văn bản thay thế")));
		this.mvc
			.perform(post(location + "/edit").param("type", "CONCLUSION")
				.param("symbol", symbol)
				.param("issuedOn", "2025-02-01")
				.param("issuer", "Ban Thường vụ Tỉnh ủy")
				.param("summary", "Về tiếp tục đẩy mạnh công tác dân vận")
				.param("status", "EXPIRED")
				.param("version", "0")
				.cookie(this.admin)
				.with(csrf()))
			.andExpect(redirectedUrl(location));
		this.mvc.perform(get(location).cookie(this.admin)).andExpect(content().string(containsString("Hết hiệu lực")));
		// The same form again, from version 0: a stale edit is a conflict (409), nothing
		// saved.
		this.mvc
			.perform(post(location + "/edit").param("type", "CONCLUSION")
				.param("symbol", symbol)
				.param("issuedOn", "2025-02-01")
				.param("issuer", "Ban Thường vụ Tỉnh ủy")
				.param("summary", "Trích yếu từ một trang cũ")
				.param("status", "AMENDED")
				.param("version", "0")
				.cookie(this.admin)
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("đã được người khác sửa")));
		this.mvc.perform(get(location).cookie(this.admin))
			.andExpect(content().string(containsString("Hết hiệu lực")))
			.andExpect(content().string(not(containsString("Trích yếu từ một trang cũ"))));

		this.mvc.perform(get(location + "/delete").cookie(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xóa Kết luận " + symbol + " của Ban Thường vụ Tỉnh ủy")));
		this.mvc.perform(post(location + "/delete").cookie(this.admin).with(csrf()))
			.andExpect(redirectedUrl("/directives"));
		this.mvc.perform(get(location).cookie(this.admin)).andExpect(status().isNotFound());
	}

	@Test
	void declareAnActionRecordItAndSeeTheMatrix() throws Exception {
		LocalDate today = UnitScope.today();
		Unit province = this.units.findByCode(UnitLevel.PROVINCE, "42", today).orElseThrow();
		Unit commune = this.units.descendants(province.id(), today, UnitLevel.COMMUNE)
			.stream()
			.filter((u) -> u.kind().administrative())
			.findFirst()
			.orElseThrow();
		Cookie officer = signIn(user(Role.COMMISSION_OFFICER, province.id()), PASSWORD);
		String symbol = UUID.randomUUID().hashCode() % 9000 + 10000 + "-CT/TU";
		String location = this.mvc
			.perform(multipart("/directives/new").param("type", "DIRECTIVE")
				.param("symbol", symbol)
				.param("issuedOn", today.minusMonths(1).toString())
				.param("issuer", "Ban Thường vụ Tỉnh ủy Hà Tĩnh")
				.param("summary", "Về công tác dân vận")
				.cookie(officer)
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/directives/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(get("/directives/{id}/actions/new", id).cookie(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tỉnh Hà Tĩnh")));
		this.mvc
			.perform(post("/directives/{id}/actions/new", id).param("kind", "DISSEMINATION")
				.param("dueOn", today.minusDays(2).toString())
				.param("levels", "COMMUNE")
				.cookie(officer)
				.with(csrf()))
			.andExpect(redirectedUrl("/directives/" + id));
		String page = this.mvc.perform(get("/directives/{id}", id).cookie(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Học tập, quán triệt")))
			.andExpect(content().string(containsString("Nhắc nhở")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String actionId = page.replaceAll("(?s).*/directives/actions/(\\d+)/record.*", "$1");
		this.mvc
			.perform(get("/directives/actions/{a}/record", actionId).param("unit", "" + commune.id()).cookie(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(commune.fullName())));
		this.mvc
			.perform(multipart("/directives/actions/{a}/record", actionId).param("unitId", "" + commune.id())
				.param("doneOn", today.toString())
				.param("participants", "abc")
				.cookie(officer)
				.with(csrf()))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(multipart("/directives/actions/{a}/record", actionId)
				.file(new MockMultipartFile("evidence", "bien-ban.pdf", "application/pdf", TestFiles.pdf()))
				.param("unitId", "" + commune.id())
				.param("doneOn", today.minusDays(5).toString())
				.param("documentNumber", "09-BC/ĐU")
				.param("participants", "64")
				.cookie(officer)
				.with(csrf()))
			.andExpect(redirectedUrl("/directives/" + id + "/matrix"));
		String matrix = this.mvc.perform(get("/directives/{id}/matrix", id).cookie(officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(matrix).contains(commune.fullName()).contains("09-BC/ĐU").contains("64 người").contains("Quá hạn");
		this.mvc.perform(get("/directives/{id}/matrix", id).param("status", "DONE").cookie(officer))
			.andExpect(content().string(containsString("Hiển thị 1 trên")));

		Cookie viewer = signIn(user(Role.VIEWER, province.id()), PASSWORD);
		this.mvc.perform(get("/directives/new").cookie(viewer)).andExpect(status().isForbidden());
		this.mvc.perform(get("/directives/{id}/matrix", id).cookie(viewer)).andExpect(status().isOk());
		Unit other = this.units.findByCode(UnitLevel.PROVINCE, "01", today).orElseThrow();
		Cookie stranger = signIn(user(Role.COMMISSION_OFFICER, other.id()), PASSWORD);
		this.mvc.perform(get("/directives/{id}", id).cookie(stranger)).andExpect(status().isNotFound());
	}

	@Test
	void aPastedTextShowsItsReferencesAsLinks() throws Exception {
		this.mvc.perform(get("/directives/references").cookie(this.admin)).andExpect(status().isOk());
		String page = this.mvc
			.perform(post("/directives/references")
				.param("text", "Quán triệt Nghị quyết số 25-NQ/TW và Kết luận 17800 của Bộ Chính trị.")
				.param("title", "Báo cáo thử")
				.param("keep", "true")
				.cookie(this.admin)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("dv-ref-resolved")
			.contains(">Nghị quyết số 25-NQ/TW</a>")
			.contains("dv-ref-unknown")
			.contains("Đã lưu các lần nhắc đến");
		this.mvc.perform(get("/directives/unknown-references").cookie(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kết luận 17800 của Bộ Chính trị")));
	}

	Cookie signIn(String username, String password) throws Exception {
		return MvcSignIn.session(this.mvc, username, password);
	}

	String user(Role role, long unitId) {
		String username = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		this.accounts.create(
				new NewUser(username, "Cán bộ " + username, username + "@danvan.vn", PASSWORD, Set.of(role), unitId),
				"test");
		return username;
	}

}
