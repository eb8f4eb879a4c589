package vn.danvan.reporting.catalogue;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.danvan.reporting.Permissions;
import vn.danvan.shared.security.ScopedUser;

/**
 * What every catalogue page shows: whether the user may change the catalogue. An
 * indicator or template that does not exist is the 404 page and a refused action the 403
 * page ({@code web.Refusals}); form errors are shown on the form itself.
 */
@ControllerAdvice(
		assignableTypes = { IndicatorsController.class, BreakdownsController.class, TemplatesController.class })
class CataloguePageAttributes {

	private final Permissions permissions;

	CataloguePageAttributes(Permissions permissions) {
		this.permissions = permissions;
	}

	/**
	 * Whether the pages offer to add and change: the catalogue is a national setting.
	 */
	@ModelAttribute("mayChangeCatalogue")
	boolean mayChangeCatalogue(@AuthenticationPrincipal ScopedUser user) {
		return user != null && this.permissions.mayChangeCatalogue(user);
	}

}
