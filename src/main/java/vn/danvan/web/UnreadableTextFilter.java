package vn.danvan.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import vn.danvan.shared.text.TextLimits;

/**
 * Refuses, before anything reads them, form fields and query parameters that no text of
 * Danvan may hold: a NUL or another control character, half of a surrogate pair (text
 * that is not Unicode), more characters than any field takes. PostgreSQL cannot store a
 * NUL; without this check such input answered 500. The answer is 400 with a Vietnamese
 * message: a problem detail for the API, the error page for a browser. A multipart body
 * that cannot be read (cut off in transit) is answered the same way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class UnreadableTextFilter extends OncePerRequestFilter {

	private final MessageSource messages;

	private final JsonMapper json = JsonMapper.builder().build();

	UnreadableTextFilter(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String problemKey;
		HttpStatus status = HttpStatus.BAD_REQUEST;
		try {
			problemKey = problem(request.getParameterMap());
		}
		catch (InvalidParameterException ex) {
			// Tomcat could not read the form or the multipart body: too large, cut off,
			// malformed.
			boolean tooLarge = ex.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value();
			status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
			problemKey = tooLarge ? "input.error.uploadTooLarge" : "input.error.unreadableBody";
		}
		catch (RuntimeException ex) {
			problemKey = "input.error.unreadableBody";
		}
		if (problemKey == null) {
			chain.doFilter(request, response);
			return;
		}
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		Locale locale = api ? ApiLocale.of(request) : pageLocale(request);
		String detail = this.messages.getMessage(problemKey, new Object[] { TextLimits.LONGEST_PARAMETER }, locale);
		if (api || !accepts(request, MediaType.TEXT_HTML)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setInstance(URI.create(request.getRequestURI()));
			problem.setProperty("code", problemKey);
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write(this.json.writeValueAsString(problem));
			return;
		}
		request.setAttribute(ErrorPagesController.INPUT_PROBLEM, detail);
		response.sendError(status.value());
	}

	/**
	 * The language of a page, read before the locale resolver runs: English only when the
	 * user chose it (the {@code danvan-lang} cookie of {@link WebConfiguration}).
	 */
	private static Locale pageLocale(HttpServletRequest request) {
		if (request.getCookies() != null) {
			for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
				if ("danvan-lang".equals(cookie.getName()) && cookie.getValue().startsWith("en")) {
					return Locale.ENGLISH;
				}
			}
		}
		return WebConfiguration.VIETNAMESE;
	}

	private static boolean accepts(HttpServletRequest request, MediaType type) {
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains(type.toString());
	}

	static String problem(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String key = TextLimits.problem(parameter.getKey(), TextLimits.LONGEST_PARAMETER);
			if (key != null) {
				return key;
			}
			for (String value : parameter.getValue()) {
				key = TextLimits.problem(value, TextLimits.LONGEST_PARAMETER);
				if (key != null) {
					return key;
				}
			}
		}
		return null;
	}

}
