package vn.danvan.directives.register;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one refusal of the directive API that the shared model ({@code web.Refusals}) does
 * not answer: a parameter Spring cannot convert (400, key
 * {@code directives.error.parameter}), in Vietnamese (English with
 * {@code Accept-Language: en}). Directives, actions and attachments not found or outside
 * the scope (404), not the caller's to change (403), stale (409), refused (422, with the
 * {@code field}) and unreadable search parameters (400) are shared refusals.
 */
@RestControllerAdvice(assignableTypes = DirectivesApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DirectivesApiParameters {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	DirectivesApiParameters(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(TypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(TypeMismatchException ex, HttpServletRequest request) {
		String key = "directives.error.parameter";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage(key, new Object[] { ex.getPropertyName() }, locale(request)));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("code", key);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static Locale locale(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		return (accepted != null && accepted.trim().toLowerCase(Locale.ROOT).startsWith("en")) ? Locale.ENGLISH
				: VIETNAMESE;
	}

}
