package vn.danvan.reporting.submissions;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;

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
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The refusals of the reporting API that the shared model ({@code web.Refusals}) does not
 * answer, because Spring raises them before a controller runs: a body or parameter that
 * cannot be read (400, keys {@code reporting.catalogue.error.unreadable},
 * {@code …unreadableField} and {@code …parameter}), as problem details in Vietnamese
 * (English with {@code Accept-Language: en}) with the key as {@code code}. Applies to the
 * controllers that implement {@link ReportingApi}; every refusal of the domain is a
 * shared kind answered by {@code web.Refusals}.
 */
@RestControllerAdvice(assignableTypes = ReportingApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportingApiParameters {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	ReportingApiParameters(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		String path = (ex.getMostSpecificCause() instanceof JacksonException json) ? path(json)
				: (ex.getCause() instanceof JacksonException json) ? path(json) : "";
		return path.isEmpty() ? problem(request, "reporting.catalogue.error.unreadable")
				: problem(request, "reporting.catalogue.error.unreadableField", path);
	}

	@ExceptionHandler({ TypeMismatchException.class, MissingServletRequestParameterException.class })
	ResponseEntity<ProblemDetail> badParameter(Exception ex, HttpServletRequest request) {
		String name = (ex instanceof TypeMismatchException mismatch) ? mismatch.getPropertyName()
				: ((MissingServletRequestParameterException) ex).getParameterName();
		return problem(request, "reporting.catalogue.error.parameter", name);
	}

	private ResponseEntity<ProblemDetail> problem(HttpServletRequest request, String key, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage(key, arguments, key, locale(request)));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("code", key);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
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

	private static Locale locale(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		return (accepted != null && accepted.trim().toLowerCase(Locale.ROOT).startsWith("en")) ? Locale.ENGLISH
				: VIETNAMESE;
	}

}
