package vn.danvan.reporting.computed;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.ValueType;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.errors.DanvanException;
import vn.danvan.shared.errors.InvalidRequestException;
import vn.danvan.shared.errors.NotFoundException;

/**
 * Computed figures: a report's "Cập nhật" of its computed cells from the registries, and
 * the page where a system administrator binds an indicator (or one item of it) to a
 * published measure.
 */
@Controller
class ComputedFiguresController {

	private final ComputedFigures computed;

	private final Catalogue catalogue;

	private final MessageSource messages;

	ComputedFiguresController(ComputedFigures computed, Catalogue catalogue, MessageSource messages) {
		this.computed = computed;
		this.catalogue = catalogue;
		this.messages = messages;
	}

	@PostMapping("/reporting/submissions/{id}/computed")
	String refresh(@AuthenticationPrincipal ScopedUser user, @PathVariable long id, @RequestParam int version,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.computed.refresh(user, id, version);
			redirect.addFlashAttribute("successKey", "reporting.computed.updated");
		}
		catch (DanvanException ex) {
			if (ex instanceof NotFoundException) {
				throw ex;
			}
			redirect.addFlashAttribute("actionError",
					this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		}
		return "redirect:/reporting/submissions/" + id;
	}

	@GetMapping("/admin/reporting/computed")
	String bindings(Model model) {
		model.addAttribute("bindings", this.computed.bindings());
		model.addAttribute("measures", this.computed.measures());
		model.addAttribute("indicators",
				this.catalogue.indicators(null)
					.stream()
					.filter((i) -> i.valueType() == ValueType.INTEGER || i.valueType() == ValueType.DECIMAL)
					.toList());
		return "reporting/computed";
	}

	@PostMapping("/admin/reporting/computed")
	String bind(@AuthenticationPrincipal ScopedUser user, @RequestParam String indicator,
			@RequestParam(required = false) String item, @RequestParam String measure,
			@RequestParam(required = false) String filters, RedirectAttributes redirect, Locale locale) {
		try {
			this.computed.bind(user, indicator, item, measure, filters(filters));
			redirect.addFlashAttribute("successKey", "reporting.computed.bound");
		}
		catch (DanvanException ex) {
			redirect.addFlashAttribute("actionError",
					this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		}
		return "redirect:/admin/reporting/computed";
	}

	@PostMapping("/admin/reporting/computed/remove")
	String unbind(@AuthenticationPrincipal ScopedUser user, @RequestParam String indicator,
			@RequestParam(required = false) String item, RedirectAttributes redirect, Locale locale) {
		try {
			this.computed.unbind(user, indicator, item);
			redirect.addFlashAttribute("successKey", "reporting.computed.unbound");
		}
		catch (DanvanException ex) {
			redirect.addFlashAttribute("actionError",
					this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		}
		return "redirect:/admin/reporting/computed";
	}

	/**
	 * "field=KINH_TE, kind=MO_HINH" as a map; a part without "=" is refused.
	 */
	static Map<String, String> filters(String text) {
		Map<String, String> filters = new LinkedHashMap<>();
		if (text == null || text.isBlank()) {
			return filters;
		}
		for (String part : text.split("[,;]")) {
			if (part.isBlank()) {
				continue;
			}
			int equals = part.indexOf('=');
			if (equals <= 0) {
				throw new InvalidRequestException(null, "reporting.computed.error.filterFormat", part.strip());
			}
			filters.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
		}
		return filters;
	}

}
