package vn.danvan.units.tree;

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
 * The one refusal of the unit API that the shared model ({@code web.Refusals}) does not
 * answer: a parameter Spring cannot convert (400, key {@code unit.error.parameter}), in
 * Vietnamese (English with {@code Accept-Language: en}). Unknown units and unreadable
 * dates or levels are shared refusals, answered by {@code web.Refusals}.
 */
@RestControllerAdvice(assignableTypes = UnitsApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UnitsApiProblems {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	UnitsApiProblems(MessageSource messages) {
		this.messages = messages;
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
		problem.setProperty("code", key);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	public static Locale locale(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		return (accepted != null && accepted.trim().toLowerCase(Locale.ROOT).startsWith("en")) ? Locale.ENGLISH
				: VIETNAMESE;
	}

}
