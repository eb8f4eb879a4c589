package vn.danvan.reporting.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import vn.danvan.reporting.ReportingException;

/**
 * On the catalogue pages, an indicator or template that does not exist is the 404 page
 * and a refused action the 403 page; form errors are shown on the form itself.
 */
@ControllerAdvice(
		assignableTypes = { IndicatorsController.class, BreakdownsController.class, TemplatesController.class })
class CataloguePageProblems {

	@ExceptionHandler(ReportingException.class)
	void refused(ReportingException ex, HttpServletResponse response) throws IOException {
		response.sendError(ex.status());
	}

}
