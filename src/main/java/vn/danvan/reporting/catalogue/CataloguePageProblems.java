package vn.danvan.reporting.catalogue;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.danvan.reporting.Permissions;
import vn.danvan.reporting.ReportingException;
import vn.danvan.shared.security.ScopedUser;

/**
 * On the catalogue pages, an indicator or template that does not exist is the 404 page
 * and a refused action the 403 page; form errors are shown on the form itself.
 */
@ControllerAdvice(
		assignableTypes = { IndicatorsController.class, BreakdownsController.class, TemplatesController.class })
class CataloguePageProblems {

	private final Permissions permissions;

	CataloguePageProblems(Permissions permissions) {
		this.permissions = permissions;
	}

	/**
	 * Whether the pages offer to add and change: the catalogue is a national setting.
	 */
	@ModelAttribute("mayChangeCatalogue")
	boolean mayChangeCatalogue(@AuthenticationPrincipal ScopedUser user) {
		return user != null && this.permissions.mayChangeCatalogue(user);
	}

	@ExceptionHandler(ReportingException.class)
	void refused(ReportingException ex, HttpServletResponse response) throws IOException {
		response.sendError(ex.status());
	}

}
