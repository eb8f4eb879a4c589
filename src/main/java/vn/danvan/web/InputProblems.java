package vn.danvan.web;

import java.net.URI;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.core.JacksonException;

import vn.danvan.shared.text.TextLimits;

/**
 * Input that no module's own handler answered, for pages and the API alike: text the
 * database refuses (a NUL, over a length limit: the CHECK constraints of issue 18), an
 * upload over the size limit (413) or cut off (400), a JSON body with such a text. A
 * Vietnamese problem detail under {@code /api/}, the error page elsewhere; nothing was
 * written (the transaction rolled back). Consulted after the modules' advices and before
 * {@link ApiProblemHandler}'s catch-all.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class InputProblems {

	private static final Logger log = LoggerFactory.getLogger(InputProblems.class);

	/** PostgreSQL: a CHECK constraint refused the row. */
	private static final String CHECK_VIOLATION = "23514";

	/** PostgreSQL: a string longer than its column. */
	private static final String STRING_TOO_LONG = "22001";

	/** PostgreSQL: invalid byte sequence (a NUL in a text). */
	private static final String BAD_CHARACTER = "22021";

	private final MessageSource messages;

	InputProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	Object refusedByTheDatabase(DataIntegrityViolationException ex, HttpServletRequest request,
			HttpServletResponse response) {
		String state = sqlState(ex);
		if (CHECK_VIOLATION.equals(state) || STRING_TOO_LONG.equals(state)) {
			return answer(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "input.error.constraint");
		}
		if (BAD_CHARACTER.equals(state)) {
			return answer(request, response, HttpStatus.BAD_REQUEST, "input.error.nul");
		}
		log.error("Unexpected refusal by the database", ex);
		return answer(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "problem.500");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.CONTENT_TOO_LARGE, "input.error.uploadTooLarge");
	}

	@ExceptionHandler(MultipartException.class)
	Object unreadableUpload(MultipartException ex, HttpServletRequest request, HttpServletResponse response) {
		if (ex.getMostSpecificCause().getClass().getSimpleName().contains("SizeLimitExceeded")
				|| ex.getMostSpecificCause().getClass().getSimpleName().contains("SizeException")) {
			return answer(request, response, HttpStatus.CONTENT_TOO_LARGE, "input.error.uploadTooLarge");
		}
		return answer(request, response, HttpStatus.BAD_REQUEST, "input.error.unreadableBody");
	}

	/**
	 * A JSON body holding a text that no field may take (see {@link CheckedTextModule}),
	 * for controllers whose module has no handler of its own.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadableJson(HttpMessageNotReadableException ex, HttpServletRequest request,
			HttpServletResponse response) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof CheckedTextModule.UncheckedText text) {
			return answer(request, response, HttpStatus.BAD_REQUEST, text.messageKey(), path(text));
		}
		return answer(request, response, HttpStatus.BAD_REQUEST,
				(cause instanceof JacksonException json && !path(json).isEmpty()) ? "input.error.unreadableField"
						: "input.error.unreadableJson",
				(cause instanceof JacksonException json) ? path(json) : "");
	}

	private Object answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
			Object... arguments) {
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		Locale locale = api ? ApiLocale.of(request) : RequestContextUtils.getLocale(request);
		Object[] withLimit = (arguments.length > 0) ? arguments : new Object[] { TextLimits.LONGEST_PARAMETER };
		String detail = this.messages.getMessage(key, withLimit, locale);
		if (api) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setInstance(URI.create(request.getRequestURI()));
			problem.setProperty("code", key);
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		response.setStatus(status.value());
		return new ModelAndView(status.is5xxServerError() ? "error/500" : "error/error",
				Map.of("status", status.value(), "detail", detail), status);
	}

	private static String sqlState(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

	static String path(JacksonException ex) {
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

}
