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

import vn.danvan.directives.DirectiveConflictException;
import vn.danvan.directives.DirectiveForbiddenException;
import vn.danvan.directives.DirectiveNotFoundException;
import vn.danvan.directives.DirectiveRejectedException;

/**
 * Problem details of the directive API, in Vietnamese (English with
 * {@code Accept-Language: en}): 404 for a directive, action or attachment that does not
 * exist or lies outside the caller's scope, 403 for a directive seen but not the caller's
 * to change, 409 for a change based on a stale version, 422 for a refused change (with
 * the {@code field} it concerns), 400 for a parameter that cannot be read.
 */
@RestControllerAdvice(assignableTypes = DirectivesApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DirectivesApiProblems {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	DirectivesApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DirectiveNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
		return problem(request, HttpStatus.NOT_FOUND, null, "directives.error.notFound");
	}

	@ExceptionHandler(DirectiveConflictException.class)
	ResponseEntity<ProblemDetail> conflict(DirectiveConflictException ex, HttpServletRequest request) {
		return problem(request, HttpStatus.CONFLICT, ex.field(), ex.messageKey(), ex.arguments());
	}

	@ExceptionHandler(DirectiveForbiddenException.class)
	ResponseEntity<ProblemDetail> forbidden(HttpServletRequest request) {
		return problem(request, HttpStatus.FORBIDDEN, null, "directives.error.notYours");
	}

	@ExceptionHandler(DirectiveRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(DirectiveRejectedException ex, HttpServletRequest request) {
		return problem(request, HttpStatus.UNPROCESSABLE_CONTENT, ex.field(), ex.messageKey(), ex.arguments());
	}

	@ExceptionHandler(InvalidDirectiveQueryException.class)
	ResponseEntity<ProblemDetail> invalidQuery(InvalidDirectiveQueryException ex, HttpServletRequest request) {
		return problem(request, HttpStatus.BAD_REQUEST, null, ex.messageKey(), ex.arguments());
	}

	@ExceptionHandler(TypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(TypeMismatchException ex, HttpServletRequest request) {
		return problem(request, HttpStatus.BAD_REQUEST, null, "directives.error.parameter", ex.getPropertyName());
	}

	private ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpStatus status, String field,
			String key, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(key, arguments, locale(request)));
		problem.setInstance(URI.create(request.getRequestURI()));
		if (field != null) {
			problem.setProperty("field", field);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	static Locale locale(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		return (accepted != null && accepted.trim().toLowerCase(Locale.ROOT).startsWith("en")) ? Locale.ENGLISH
				: VIETNAMESE;
	}

}
