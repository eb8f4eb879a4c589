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
 * Problem details of the practices API, in Vietnamese (English with
 * {@code Accept-Language: en}): 404 for a practice that does not exist or lies outside
 * the caller's scope, 422 for a refused change (with its {@code field}, and
 * {@code duplicate: true} when {@code confirmDuplicate} would let it through), 409 for a
 * save from an older version (with the {@code differences}), 400 for a parameter or body
 * that cannot be read.
 */
@RestControllerAdvice(assignableTypes = PracticesApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PracticesApiProblems {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	PracticesApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(PracticeNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
		return problem(request, HttpStatus.NOT_FOUND, "practices.error.notFound").build();
	}

	@ExceptionHandler(PracticeRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(PracticeRejectedException ex, HttpServletRequest request) {
		Problem problem = problem(request, HttpStatus.UNPROCESSABLE_CONTENT, ex.messageKey(), ex.arguments());
		if (ex.field() != null) {
			problem.detail().setProperty("field", ex.field());
		}
		if (ex.duplicate()) {
			problem.detail().setProperty("duplicate", true);
		}
		return problem.build();
	}

	@ExceptionHandler(PracticeConflictException.class)
	ResponseEntity<ProblemDetail> conflict(PracticeConflictException ex, HttpServletRequest request) {
		Problem problem = problem(request, HttpStatus.CONFLICT, "practices.error.stale", ex.changedBy());
		problem.detail().setProperty("currentVersion", ex.currentVersion());
		problem.detail().setProperty("changedBy", ex.changedBy());
		problem.detail().setProperty("changedAt", ex.changedAt());
		problem.detail().setProperty("differences", ex.differences());
		return problem.build();
	}

	@ExceptionHandler(SearchParameters.InvalidQueryException.class)
	ResponseEntity<ProblemDetail> invalidQuery(SearchParameters.InvalidQueryException ex, HttpServletRequest request) {
		return problem(request, HttpStatus.BAD_REQUEST, "practices.error.parameter", ex.parameter(), ex.value())
			.build();
	}

	@ExceptionHandler(TypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(TypeMismatchException ex, HttpServletRequest request) {
		return problem(request, HttpStatus.BAD_REQUEST, "practices.error.parameter", ex.getPropertyName(),
				String.valueOf(ex.getValue()))
			.build();
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpServletRequest request) {
		return problem(request, HttpStatus.BAD_REQUEST, "practices.error.body").build();
	}

	private Problem problem(HttpServletRequest request, HttpStatus status, String key, Object... arguments) {
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(key, arguments, locale(request)));
		detail.setInstance(URI.create(request.getRequestURI()));
		return new Problem(status, detail);
	}

	static Locale locale(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		return (accepted != null && accepted.trim().toLowerCase(Locale.ROOT).startsWith("en")) ? Locale.ENGLISH
				: VIETNAMESE;
	}

	private record Problem(HttpStatus status, ProblemDetail detail) {

		ResponseEntity<ProblemDetail> build() {
			return ResponseEntity.status(this.status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(this.detail);
		}

	}

}
