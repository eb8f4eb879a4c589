package vn.danvan.web;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.NewUser;
import vn.danvan.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions as two browsers of the same person see them, over real HTTP with sessions
 * stored in PostgreSQL.
 */
@DanvanIntegrationTest
class SessionsTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void changingThePasswordSignsOutTheOtherSessionsButKeepsThisOne() throws Exception {
		String username = "phien-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(
				new NewUser(username, "Hai trình duyệt", null, "Mat-khau-cu-123", Set.of(Role.VIEWER), null), "test");
		SignedInClient office = new SignedInClient(this.port).signIn(username, "Mat-khau-cu-123");
		SignedInClient phone = new SignedInClient(this.port).signIn(username, "Mat-khau-cu-123");
		assertThat(phone.get("/").statusCode()).isEqualTo(200);

		String token = SignedInClient.csrfToken(office.get("/account/password").body());
		HttpResponse<String> changed = office.postForm("/account/password",
				"currentPassword=Mat-khau-cu-123&newPassword=Mat-khau-moi-456&confirmPassword=Mat-khau-moi-456&_csrf="
						+ SignedInClient.encode(token));
		assertThat(changed.statusCode()).isEqualTo(302);

		assertThat(office.get("/").statusCode()).as("the session that changed the password stays signed in")
			.isEqualTo(200);
		HttpResponse<String> other = phone.get("/");
		assertThat(other.statusCode()).as("the other session is signed out").isEqualTo(302);
		assertThat(other.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
	}

}
