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

import vn.danvan.documents.DocumentsException;
import vn.danvan.documents.profiles.ProfileRejectedException;
import vn.danvan.documents.IssueRefusedException;

/**
 * Problem details (RFC 9457) of the documents API, in Vietnamese (English with
 * {@code Accept-Language: en}), with the message key as {@code code}; 400 for a missing
 * or unreadable parameter or body.
 */
@RestControllerAdvice(assignableTypes = DocumentsApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DocumentsApiProblems {

	private final MessageSource messages;

	DocumentsApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DocumentsException.class)
	ResponseEntity<ProblemDetail> refused(DocumentsException ex, HttpServletRequest request) {
		ResponseEntity<ProblemDetail> answer = answer(request, ex.status(), ex.messageKey(), ex.arguments());
		if (ex instanceof ProfileRejectedException rejected) {
			Locale locale = locale(request);
			answer.getBody()
				.setProperty("issues",
						rejected.issues()
							.stream()
							.map((issue) -> java.util.Map.of("field", issue.field(), "message",
									this.messages.getMessage(issue.messageKey(), issue.arguments(), issue.messageKey(),
											locale)))
							.toList());
		}
		if (ex instanceof vn.danvan.documents.IssueRefusedException refused) {
			Locale locale = locale(request);
			answer.getBody()
				.setProperty("findings",
						refused.check()
							.findings()
							.stream()
							.map((finding) -> java.util.Map.of("kind", finding.kind().name(), "code",
									finding.messageKey(), "message",
									this.messages.getMessage(finding.messageKey(), finding.args(), finding.messageKey(),
											locale)))
							.toList());
			answer.getBody().setProperty("reasonRequired", refused.check().reasonRequired());
			answer.getBody().setProperty("emptyMandatory", refused.check().emptyMandatory());
		}
		return answer;
	}

	@ExceptionHandler({ TypeMismatchException.class, MissingServletRequestParameterException.class })
	ResponseEntity<ProblemDetail> badParameter(Exception ex, HttpServletRequest request) {
		String name = (ex instanceof TypeMismatchException mismatch) ? mismatch.getPropertyName()
				: ((MissingServletRequestParameterException) ex).getParameterName();
		return answer(request, 400, "documents.error.parameter", name);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> badBody(HttpMessageNotReadableException ex, HttpServletRequest request) {
		return answer(request, 400, "documents.error.body");
	}

	private ResponseEntity<ProblemDetail> answer(HttpServletRequest request, int status, String key,
			Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status),
				this.messages.getMessage(key, arguments, key, locale(request)));
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
