package vn.danvan.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanvanIntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DanvanIntegrationTest
class ApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void meReturnsTheSignedInUser() throws Exception {
		this.mvc.perform(get("/api/v1/me").with(httpBasic("admin", DanvanIntegrationTest.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.username").value("admin"))
			.andExpect(jsonPath("$.displayName").value("Quản trị hệ thống"))
			.andExpect(jsonPath("$.roles[0]").value("ADMINISTRATOR"))
			.andExpect(jsonPath("$.passwordHash").doesNotExist());
	}

	@Test
	void withoutCredentialsTheAnswerIsA401Problem() throws Exception {
		this.mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", startsWith("Basic realm=\"Danvan\"")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail").value(containsString("HTTP Basic")))
			.andExpect(jsonPath("$.instance").value("/api/v1/me"));
	}

	@Test
	void wrongCredentialsAreA401ProblemInTheRequestedLanguage() throws Exception {
		this.mvc.perform(get("/api/v1/me").with(httpBasic("admin", "sai-mat-khau")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("Tên đăng nhập hoặc mật khẩu không đúng."));
		this.mvc.perform(get("/api/v1/me").with(httpBasic("khong-co-ai", "sai")).header("Accept-Language", "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("Wrong user name or password."));
	}

	@Test
	void theApiIsStatelessAndSetsNoSessionCookie() throws Exception {
		this.mvc.perform(get("/api/v1/me").with(httpBasic("admin", DanvanIntegrationTest.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

	@Test
	void healthIsPublicAndTheOtherActuatorEndpointsAreNot() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		this.mvc.perform(get("/actuator/info")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/env").with(httpBasic("admin", DanvanIntegrationTest.ADMIN_PASSWORD)))
			.andExpect(status().isNotFound());
	}

}
