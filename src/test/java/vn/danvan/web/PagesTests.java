package vn.danvan.web;

import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.MvcSignIn;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.NewUser;
import vn.danvan.shared.security.Role;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DanvanIntegrationTest
class PagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	void pagesRequireSignIn() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/audit")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theSignInPageIsVietnameseAndAccessible() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"vi\"")))
			.andExpect(content().string(containsString("<label for=\"username\"")))
			.andExpect(content().string(containsString("Đăng nhập Danvan")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")));
	}

	@Test
	void theLanguageSwitchesToEnglishAndIsRemembered() throws Exception {
		this.mvc.perform(get("/login").param("lang", "en"))
			.andExpect(content().string(containsString("Sign in to Danvan")))
			.andExpect(cookie().value("danvan-lang", "en"));
	}

	@Test
	void theHomePageShowsWhoIsSignedInAndTheirScope() throws Exception {
		Cookie session = signIn("admin", vn.danvan.DanvanIntegrationTest.ADMIN_PASSWORD);
		this.mvc.perform(get("/").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xin chào, Quản trị hệ thống")))
			.andExpect(content().string(containsString("Toàn hệ thống (mọi đơn vị)")))
			.andExpect(content().string(containsString("Nhật ký hệ thống")))
			.andExpect(content().string(containsString("Lần đăng nhập trước")));
	}

	@Test
	void aReportingOfficerSeesNoAdministrationAndIsRefusedIt() throws Exception {
		String username = "r" + UUID.randomUUID().toString().substring(0, 12);
		this.accounts.create(new NewUser(username, "Cán bộ xã", "canbo@xa.vn", "Mat-khau-can-bo-1",
				Set.of(Role.REPORTING_OFFICER), 42L), "test");
		Cookie session = signIn(username, "Mat-khau-can-bo-1");
		this.mvc.perform(get("/").cookie(session))
			.andExpect(content().string(containsString("Cán bộ báo cáo")))
			.andExpect(content().string(containsString("và các đơn vị trực thuộc")))
			.andExpect(content().string(not(containsString("Nhật ký hệ thống"))));
		this.mvc.perform(get("/admin/audit").cookie(session).accept("text/html")).andExpect(status().isForbidden());
	}

	@Test
	void theAuditLogShowsSignInsToAdministrators() throws Exception {
		this.mvc.perform(post("/login").param("username", "ai-do").param("password", "sai").with(csrf()));
		Cookie session = signIn("admin", vn.danvan.DanvanIntegrationTest.ADMIN_PASSWORD);
		this.mvc.perform(get("/admin/audit").param("actor", "ai-do").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đăng nhập thất bại")))
			// The details read as Vietnamese, not as the recorded key.
			.andExpect(content().string(containsString("sai tên đăng nhập hoặc mật khẩu")))
			.andExpect(content().string(not(containsString("bad-credentials"))));
		this.mvc.perform(get("/admin/audit").param("from", "khong-phai-ngay").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày không hợp lệ")));
	}

	Cookie signIn(String username, String password) throws Exception {
		return MvcSignIn.session(this.mvc, username, password);
	}

}
