package vn.danvan.analytics.dashboard;

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
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one refusal of the analytics API the shared model does not answer: a missing or
 * unreadable request parameter (400, key {@code analytics.error.parameter}), as problem
 * details in Vietnamese (English with {@code Accept-Language: en}) with the key as
 * {@code code}. Every other refusal is a shared kind answered by {@code web.Refusals}.
 */
@RestControllerAdvice(assignableTypes = AnalyticsApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AnalyticsApiProblems {

	private final MessageSource messages;

	AnalyticsApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ TypeMismatchException.class, MissingServletRequestParameterException.class })
	ResponseEntity<ProblemDetail> badParameter(Exception ex, HttpServletRequest request) {
		String name = (ex instanceof TypeMismatchException mismatch) ? mismatch.getPropertyName()
				: ((MissingServletRequestParameterException) ex).getParameterName();
		return answer(request, 400, "analytics.error.parameter", name);
	}

	private ResponseEntity<ProblemDetail> answer(HttpServletRequest request, int status, String key,
			Object... arguments) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		Locale locale = (accepted != null && accepted.trim().toLowerCase(Locale.ROOT).startsWith("en")) ? Locale.ENGLISH
				: Locale.forLanguageTag("vi");
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status),
				this.messages.getMessage(key, arguments, key, locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("code", key);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
