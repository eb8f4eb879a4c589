package vn.danvan.units.tree;

import vn.danvan.units.imports.UnitImportsApiController;

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

import vn.danvan.units.UnitNotFoundException;

/**
 * Problem details of the unit API, in Vietnamese (English with
 * {@code Accept-Language: en}): 404 for a unit that does not exist or lies outside the
 * caller's scope (the two are not told apart), 400 for a parameter that cannot be read.
 */
@RestControllerAdvice(assignableTypes = { UnitsApiController.class, UnitImportsApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UnitsApiProblems {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	UnitsApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(UnitNotFoundException.class)
	ResponseEntity<ProblemDetail> unitNotFound(HttpServletRequest request) {
		return problem(request, HttpStatus.NOT_FOUND, "unit.error.notFound");
	}

	@ExceptionHandler(InvalidUnitQueryException.class)
	ResponseEntity<ProblemDetail> invalidQuery(InvalidUnitQueryException ex, HttpServletRequest request) {
		return problem(request, HttpStatus.BAD_REQUEST, ex.messageKey(), ex.arguments());
	}

	@ExceptionHandler(TypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(TypeMismatchException ex, HttpServletRequest request) {
		return problem(request, HttpStatus.BAD_REQUEST, "unit.error.parameter", ex.getPropertyName());
	}

	private ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpStatus status, String key,
			Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(key, arguments, locale(request)));
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	public static Locale locale(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		return (accepted != null && accepted.trim().toLowerCase(Locale.ROOT).startsWith("en")) ? Locale.ENGLISH
				: VIETNAMESE;
	}

}
