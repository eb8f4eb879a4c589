package vn.danvan.awards.decisions;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * A parameter of the decisions' API that cannot be read (an id that is not a number, the
 * import without its file): 400 with a Vietnamese problem detail. Every refusal of the
 * book is answered by the shared {@code web.Refusals}.
 */
@RestControllerAdvice(assignableTypes = DecisionsApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DecisionsApiParameters {

	private final MessageSource messages;

	DecisionsApiParameters(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(TypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(TypeMismatchException ex, HttpServletRequest request) {
		return problem(request, "awards.error.parameter", ex.getPropertyName(), String.valueOf(ex.getValue()));
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException ex, HttpServletRequest request) {
		return problem(request, "awards.import.empty");
	}

	private ResponseEntity<ProblemDetail> problem(HttpServletRequest request, String key, Object... arguments) {
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale()));
		detail.setInstance(URI.create(request.getRequestURI()));
		detail.setProperty("code", key);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
	}

}
