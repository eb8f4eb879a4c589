package vn.danvan.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * The language of API answers: Vietnamese unless the client asks for English with
 * {@code Accept-Language: en} (API clients send no language cookie).
 */
final class ApiLocale {

	private ApiLocale() {
	}

	static Locale of(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		return (accepted != null && accepted.trim().toLowerCase(Locale.ROOT).startsWith("en")) ? Locale.ENGLISH
				: WebConfiguration.VIETNAMESE;
	}

}
