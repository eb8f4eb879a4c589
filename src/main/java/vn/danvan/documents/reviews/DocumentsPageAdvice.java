package vn.danvan.documents.reviews;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import vn.danvan.documents.DocumentsException;

/**
 * On document pages, a draft, document, unit or period that does not exist or lies
 * outside the user's scope is the 404 page; a forbidden action the 403 page; PDF without
 * LibreOffice the error page with status 503; anything else refused the 400 page.
 */
@ControllerAdvice(assignableTypes = DocumentsPages.class)
public class DocumentsPageAdvice {

	@ExceptionHandler(DocumentsException.class)
	void refused(DocumentsException ex, HttpServletResponse response) throws IOException {
		int status = ex.status();
		response.sendError((status == 404 || status == 403 || status == 503 || status == 409) ? status : 400);
	}

}
