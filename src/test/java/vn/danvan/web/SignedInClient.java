package vn.danvan.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP client with a cookie jar, for what MockMvc cannot show: the container's
 * error pages and the session stored in the database.
 */
public final class SignedInClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http;

	private final String base;

	public SignedInClient(int port) {
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		this.base = "http://localhost:" + port;
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(
				HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** A GET that asks for JSON, with the session of this client. */
	public HttpResponse<String> getJson(String path) throws IOException, InterruptedException {
		return this.http.send(
				HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Posts one file as a multipart form to {@code path}, with the CSRF token of the page
	 * at {@code formPath}.
	 */
	public HttpResponse<String> postFile(String formPath, String path, String field, String fileName, byte[] content)
			throws IOException, InterruptedException {
		String token = csrfToken(get(formPath).body());
		String boundary = "danvan-" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	public SignedInClient signIn(String username, String password) throws IOException, InterruptedException {
		String token = csrfToken(get("/login").body());
		HttpResponse<String> response = postForm("/login",
				"username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token));
		if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").endsWith("/")) {
			throw new IllegalStateException("Sign-in failed: " + response.statusCode() + " " + response.headers());
		}
		return this;
	}

	static String csrfToken(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token in the page");
		}
		return matcher.group(1);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
