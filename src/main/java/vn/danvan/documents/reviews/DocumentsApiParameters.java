package vn.danvan.documents.reviews;

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
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What Spring refuses before a documents API controller runs: a missing or unreadable
 * parameter or body (400, {@code documents.error.parameter} /
 * {@code documents.error.body}), as problem details in Vietnamese (English with
 * {@code Accept-Language: en}) with the key as {@code code}. Every refusal of the module
 * is a shared kind answered by {@code web.Refusals}.
 */
@RestControllerAdvice(assignableTypes = DocumentsApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DocumentsApiParameters {

	private final MessageSource messages;

	DocumentsApiParameters(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ TypeMismatchException.class, MissingServletRequestParameterException.class })
	ResponseEntity<ProblemDetail> badParameter(Exception ex, HttpServletRequest request) {
		String name = (ex instanceof TypeMismatchException mismatch) ? mismatch.getPropertyName()
				: ((MissingServletRequestParameterException) ex).getParameterName();
		return answer(this.messages, request, HttpStatus.BAD_REQUEST, "documents.error.parameter", name);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> badBody(HttpMessageNotReadableException ex, HttpServletRequest request) {
		return answer(this.messages, request, HttpStatus.BAD_REQUEST, "documents.error.body");
	}

	static ResponseEntity<ProblemDetail> answer(MessageSource messages, HttpServletRequest request, HttpStatus status,
			String key, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(key, arguments, key, locale(request)));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("code", key);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static Locale locale(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		return (accepted != null && accepted.trim().toLowerCase(Locale.ROOT).startsWith("en")) ? Locale.ENGLISH
				: Locale.forLanguageTag("vi");
	}

}
