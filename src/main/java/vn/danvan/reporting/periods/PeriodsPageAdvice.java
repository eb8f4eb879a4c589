package vn.danvan.reporting.periods;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import vn.danvan.reporting.ReportingException;

/**
 * On reporting pages, a report, period or template outside the user's scope is the 404
 * page and a forbidden action the 403 page; anything else refused the 400 page.
 */
@ControllerAdvice(assignableTypes = PeriodsController.class)
class PeriodsPageAdvice {

	@ExceptionHandler(ReportingException.class)
	void refused(ReportingException ex, HttpServletResponse response) throws IOException {
		response.sendError((ex.status() == 404 || ex.status() == 403) ? ex.status() : 400);
	}

}
