package vn.danvan.documents.reviews;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import vn.danvan.documents.docx.PdfUnavailableException;

/**
 * A PDF that cannot be made now (LibreOffice absent, failed or too slow), on the
 * documents' pages and API alike: 503, the error page, or problem details in Vietnamese
 * (English with {@code Accept-Language: en}) with the key as {@code code}. Not a refusal
 * of the shared model: the same request may succeed later.
 */
@ControllerAdvice(assignableTypes = { DocumentsApi.class, DocumentsPages.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PdfUnavailableAnswer {

	private final MessageSource messages;

	PdfUnavailableAnswer(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(PdfUnavailableException.class)
	ResponseEntity<ProblemDetail> unavailable(PdfUnavailableException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
			return null;
		}
		return DocumentsApiParameters.answer(this.messages, request, HttpStatus.SERVICE_UNAVAILABLE, ex.messageKey());
	}

}
