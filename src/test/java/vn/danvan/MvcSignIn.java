package vn.danvan;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Signs in through the real sign-in form (CSRF token, password check, session) and
 * returns the session cookie, for page tests that act as a given user.
 */
public final class MvcSignIn {

	private MvcSignIn() {
	}

	public static Cookie session(MockMvc mvc, String username, String password) throws Exception {
		Cookie session = mvc
			.perform(post("/login").param("username", username).param("password", password).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("DANVAN_SESSION");
		assertThat(session).as("the session cookie after signing in as %s", username).isNotNull();
		return session;
	}

}
