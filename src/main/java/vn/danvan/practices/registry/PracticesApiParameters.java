package vn.danvan.practices.registry;

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
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What Spring refuses before the practices API controller runs: a parameter it cannot
 * convert or a body it cannot read (400, {@code practices.error.parameter} /
 * {@code practices.error.body}), as problem details in Vietnamese (English with
 * {@code Accept-Language: en}) with the key as {@code code}. Every refusal of the
 * registry is a shared kind answered by {@code web.Refusals}: 404 not found or outside
 * the scope, 422 refused (with its {@code field}, and {@code duplicate: true} when
 * {@code confirmDuplicate} would let it through), 409 stale (with the
 * {@code differences}), 400 a list parameter that cannot be read.
 */
@RestControllerAdvice(assignableTypes = PracticesApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PracticesApiParameters {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	PracticesApiParameters(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(TypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(TypeMismatchException ex, HttpServletRequest request) {
		return problem(request, "practices.error.parameter", ex.getPropertyName(), String.valueOf(ex.getValue()));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpServletRequest request) {
		return problem(request, "practices.error.body");
	}

	private ResponseEntity<ProblemDetail> problem(HttpServletRequest request, String key, Object... arguments) {
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage(key, arguments, locale(request)));
		detail.setInstance(URI.create(request.getRequestURI()));
		detail.setProperty("code", key);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
	}

	private static Locale locale(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		return (accepted != null && accepted.trim().toLowerCase(Locale.ROOT).startsWith("en")) ? Locale.ENGLISH
				: VIETNAMESE;
	}

}
