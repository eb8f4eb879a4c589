package vn.danvan.reporting.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.catalogue.CatalogueDefinition.BreakdownDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.ItemDefinition;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.errors.DanvanException;
import vn.danvan.shared.errors.ForbiddenException;

/**
 * Breakdowns (by field, by organisation…) with their items, and the form to create one.
 */
@Controller
@RequestMapping("/reporting/breakdowns")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','COMMISSION_OFFICER')")
class BreakdownsController {

	static final String VIEW = "reporting/breakdowns";

	private static final Map<String, String> FIELDS = Map.of("reporting.error.breakdownExists", "code",
			"reporting.error.nameRequired", "name", "reporting.error.breakdownEmpty", "items",
			"reporting.error.duplicateItem", "items");

	private final Catalogue catalogue;

	BreakdownsController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	String listBreakdowns(Model model) {
		model.addAttribute("form", BreakdownForm.empty());
		model.addAttribute("breakdowns", this.catalogue.breakdowns());
		return VIEW;
	}

	@PostMapping
	String create(@AuthenticationPrincipal ScopedUser user, @ModelAttribute("form") BreakdownForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		List<ItemDefinition> items = items(form.items(), errors);
		if (!errors.hasErrors()) {
			try {
				this.catalogue.defineBreakdown(user, new BreakdownDefinition(form.code(), form.name(), items));
				redirect.addFlashAttribute("successKey", "reporting.catalogue.breakdown.created");
				return "redirect:/reporting/breakdowns";
			}
			catch (DanvanException ex) {
				if (ex instanceof ForbiddenException) {
					throw ex;
				}
				if ("reporting.error.code".equals(ex.messageKey())) {
					errors.rejectValue(CatalogueFormErrors.argumentIs(ex, form.code()) ? "code" : "items",
							ex.messageKey(), ex.arguments(), null);
				}
				else {
					CatalogueFormErrors.reject(errors, ex, FIELDS);
				}
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("breakdowns", this.catalogue.breakdowns());
		return VIEW;
	}

	/**
	 * The items written one a line as {@code CODE | Tên}; blank lines are skipped.
	 */
	static List<ItemDefinition> items(String text, BindingResult errors) {
		List<ItemDefinition> items = new ArrayList<>();
		if (text == null) {
			return items;
		}
		String[] lines = text.split("\\R");
		for (int n = 0; n < lines.length; n++) {
			String line = lines[n].strip();
			if (line.isEmpty()) {
				continue;
			}
			int bar = line.indexOf('|');
			if (bar < 0 || line.substring(0, bar).isBlank() || line.substring(bar + 1).isBlank()) {
				errors.rejectValue("items", "reporting.catalogue.error.itemLine", new Object[] { n + 1, line }, null);
				return items;
			}
			items.add(new ItemDefinition(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
		}
		return items;
	}

}
