package vn.danvan.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.NewUser;
import vn.danvan.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages as the container serves them, over real HTTP.
 */
@DanvanIntegrationTest
class ErrorPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Test
	void anUnknownPageIsAVietnamese404WithTheLayout() throws Exception {
		SignedInClient client = new SignedInClient(this.port).signIn("admin", DanvanIntegrationTest.ADMIN_PASSWORD);
		HttpResponse<String> response = client.get("/khong-co-trang-nay");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Không tìm thấy trang")
			.contains("Trang /khong-co-trang-nay không tồn tại")
			.contains("Về trang chủ")
			.contains("Đăng xuất")
			.doesNotContain("Whitelabel")
			.doesNotContain("Exception");
	}

	@Test
	void aFormPostedWithoutCsrfTokenIsRefusedWithAClearMessageAndChangesNothing() throws Exception {
		SignedInClient client = new SignedInClient(this.port).signIn("admin", DanvanIntegrationTest.ADMIN_PASSWORD);
		String hashBefore = adminHash();
		HttpResponse<String> response = client.postForm("/account/password", "currentPassword="
				+ DanvanIntegrationTest.ADMIN_PASSWORD + "&newPassword=Mat-khau-moi-1&confirmPassword=Mat-khau-moi-1");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Không có quyền truy cập").contains("phiên làm việc đã hết hạn");
		assertThat(adminHash()).isEqualTo(hashBefore);
	}

	@Test
	void anAdministrationPageIsAVietnamese403ForOthers() throws Exception {
		String username = "v" + java.util.UUID.randomUUID().toString().substring(0, 12);
		this.accounts.create(new NewUser(username, "Người xem", null, "Mat-khau-nguoi-xem-1", Set.of(Role.VIEWER), 7L),
				"test");
		SignedInClient client = new SignedInClient(this.port).signIn(username, "Mat-khau-nguoi-xem-1");
		HttpResponse<String> response = client.get("/admin/audit");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Không có quyền truy cập")
			.contains("không có quyền xem trang này")
			.doesNotContain("audit-table");
	}

	@Test
	void theSessionIsStoredInTheDatabase() throws Exception {
		new SignedInClient(this.port).signIn("admin", DanvanIntegrationTest.ADMIN_PASSWORD);
		assertThat(this.jdbc.sql("select count(*) from web.http_session where principal_name = 'admin'")
			.query(Integer.class)
			.single()).isPositive();
	}

	@Test
	void apiErrorsAreProblemDetails() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString(("admin:" + DanvanIntegrationTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> notFound = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/khong-co"))
				.header("Authorization", basic)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(notFound.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(notFound.body()).contains("\"status\":404").contains("Không tìm thấy tài nguyên.");

		HttpResponse<String> wrongMethod = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/me"))
				.header("Authorization", basic)
				.DELETE()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(wrongMethod.statusCode()).isEqualTo(405);
		HttpResponse<String> inEnglish = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/khong-co"))
				.header("Authorization", basic)
				.header("Accept-Language", "en-GB,en;q=0.9")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(inEnglish.body()).contains("Resource not found.");
		assertThat(wrongMethod.body()).contains("\"status\":405");
	}

	String adminHash() {
		return this.jdbc.sql("select password_hash from accounts.app_user where username = 'admin'")
			.query(String.class)
			.single();
	}

}
