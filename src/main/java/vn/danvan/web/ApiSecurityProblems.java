package vn.danvan.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import vn.danvan.accounts.SignInLockedException;
import vn.danvan.shared.time.VietnamTime;

/**
 * 401 and 403 on the API as RFC 9457 problem details, with the reason in Vietnamese (or
 * English when asked for with {@code Accept-Language: en}).
 */
@Component
class ApiSecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final String REALM = "Danvan";

	private final JsonMapper json;

	private final MessageSource messages;

	ApiSecurityProblems(JsonMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		String detail;
		if (exception instanceof SignInLockedException locked) {
			detail = message("api.error.locked", request, VietnamTime.formatTime(locked.lockedUntil()));
		}
		else if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
			detail = message("api.error.unauthenticated", request);
		}
		else {
			detail = message("api.error.badCredentials", request);
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
		write(response, request, HttpStatus.UNAUTHORIZED, detail);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		write(response, request, HttpStatus.FORBIDDEN, message("api.error.forbidden", request));
	}

	/**
	 * 403: the user must first change the password an administrator gave them.
	 */
	void passwordChangeRequired(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(response, request, HttpStatus.FORBIDDEN, message("api.error.passwordChangeRequired", request),
				"api.error.passwordChangeRequired");
	}

	private void write(HttpServletResponse response, HttpServletRequest request, HttpStatus status, String detail)
			throws IOException {
		write(response, request, status, detail, null);
	}

	private void write(HttpServletResponse response, HttpServletRequest request, HttpStatus status, String detail,
			String code) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		if (code != null) {
			problem.setProperty("code", code);
		}
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem);
	}

	private String message(String code, HttpServletRequest request, Object... args) {
		return this.messages.getMessage(code, args, ApiLocale.of(request));
	}

}
