package vn.danvan.reporting.submissions;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.danvan.reporting.FieldIssue;
import vn.danvan.reporting.ReportingException;
import vn.danvan.reporting.Revision;
import vn.danvan.units.UnitNotFoundException;

/**
 * Problem details (RFC 9457) of the reporting API, in Vietnamese (English with
 * {@code Accept-Language: en}): the status and message of a {@link ReportingException},
 * with its message key as {@code code}; an {@code issues} array for refused values; the
 * current version and the changes made since for a conflicting save; 400 for a body or
 * parameter that cannot be read. Applies to the controllers that implement
 * {@link ReportingApi}.
 */
@RestControllerAdvice(assignableTypes = ReportingApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportingApiProblems {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	ReportingApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(SubmissionInvalidException.class)
	ResponseEntity<ProblemDetail> invalid(SubmissionInvalidException ex, HttpServletRequest request) {
		Locale locale = locale(request);
		ProblemDetail problem = problem(request, ex.status(), ex.messageKey(), ex.arguments());
		List<Map<String, Object>> issues = new ArrayList<>();
		for (FieldIssue issue : ex.issues()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("field", issue.field());
			json.put("severity", issue.severity().name());
			json.put("message", message(issue.messageKey(), issue.arguments().toArray(), locale));
			issues.add(json);
		}
		problem.setProperty("issues", issues);
		return answer(problem);
	}

	@ExceptionHandler(SubmissionConflictException.class)
	ResponseEntity<ProblemDetail> conflict(SubmissionConflictException ex, HttpServletRequest request) {
		ProblemDetail problem = problem(request, ex.status(), ex.messageKey(), ex.arguments());
		problem.setProperty("currentVersion", ex.currentVersion());
		List<Change> changes = new ArrayList<>();
		for (Revision revision : ex.since()) {
			for (Revision.Change change : revision.changes()) {
				changes.add(new Change(revision.version(), revision.changedBy(), revision.changedAt(), change.field(),
						change.label(), change.before(), change.after()));
			}
		}
		problem.setProperty("changes", changes);
		return answer(problem);
	}

	@ExceptionHandler(ReportingException.class)
	ResponseEntity<ProblemDetail> refused(ReportingException ex, HttpServletRequest request) {
		return answer(problem(request, ex.status(), ex.messageKey(), ex.arguments()));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		String path = (ex.getMostSpecificCause() instanceof JacksonException json) ? path(json)
				: (ex.getCause() instanceof JacksonException json) ? path(json) : "";
		return answer(path.isEmpty() ? problem(request, 400, "reporting.catalogue.error.unreadable")
				: problem(request, 400, "reporting.catalogue.error.unreadableField", path));
	}

	/**
	 * A unit unknown or outside the user's scope (opening a period for it): the same
	 * answer for both, as for every read by id.
	 */
	@ExceptionHandler(UnitNotFoundException.class)
	ResponseEntity<ProblemDetail> unitNotFound(UnitNotFoundException ex, HttpServletRequest request) {
		return answer(problem(request, 404, "reporting.error.unitNotFound"));
	}

	@ExceptionHandler({ TypeMismatchException.class, MissingServletRequestParameterException.class })
	ResponseEntity<ProblemDetail> badParameter(Exception ex, HttpServletRequest request) {
		String name = (ex instanceof TypeMismatchException mismatch) ? mismatch.getPropertyName()
				: ((MissingServletRequestParameterException) ex).getParameterName();
		return answer(problem(request, 400, "reporting.catalogue.error.parameter", name));
	}

	private ProblemDetail problem(HttpServletRequest request, int status, String key, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status),
				message(key, arguments, locale(request)));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("code", key);
		return problem;
	}

	private String message(String key, Object[] arguments, Locale locale) {
		return this.messages.getMessage(new DefaultMessageSourceResolvable(new String[] { key }, arguments, key),
				locale);
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	static Locale locale(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		return (accepted != null && accepted.trim().toLowerCase(Locale.ROOT).startsWith("en")) ? Locale.ENGLISH
				: VIETNAMESE;
	}

	/**
	 * One field changed by someone else since the caller's version.
	 */
	record Change(int version, String changedBy, Instant changedAt, String field, String label, String before,
			String after) {
	}

}
