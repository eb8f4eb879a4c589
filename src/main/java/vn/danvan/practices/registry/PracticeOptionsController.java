package vn.danvan.practices.registry;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.shared.security.ScopedUser;

/**
 * "Danh mục mô hình": the lists of the registration form (fields, target groups, themes
 * of the year), managed by a system administrator. An entry is switched off, never
 * deleted, so the practices that use it keep their name.
 */
@Controller
class PracticeOptionsController {

	private final PracticeRegistry registry;

	PracticeOptionsController(PracticeRegistry registry) {
		this.registry = registry;
	}

	@GetMapping("/admin/practices/options")
	String show(Model model) {
		model.addAttribute("options", this.registry.allOptions());
		model.addAttribute("lists",
				java.util.List.of(PracticeOption.FIELD, PracticeOption.TARGET_GROUP, PracticeOption.THEME));
		return "practices/options";
	}

	@PostMapping("/admin/practices/options")
	String add(@AuthenticationPrincipal ScopedUser user, @RequestParam String list, @RequestParam String code,
			@RequestParam String name, RedirectAttributes redirect) {
		try {
			this.registry.addOption(user, list, code, name);
			redirect.addFlashAttribute("successKey", "practices.options.added");
		}
		catch (PracticeRejectedException ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
			redirect.addFlashAttribute("errorArguments", ex.arguments());
		}
		return "redirect:/admin/practices/options";
	}

	@PostMapping("/admin/practices/options/active")
	String setActive(@AuthenticationPrincipal ScopedUser user, @RequestParam String list, @RequestParam String code,
			@RequestParam boolean active, RedirectAttributes redirect) {
		try {
			this.registry.setOptionActive(user, list, code, active);
			redirect.addFlashAttribute("successKey", "practices.options.changed");
		}
		catch (PracticeRejectedException ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
			redirect.addFlashAttribute("errorArguments", ex.arguments());
		}
		return "redirect:/admin/practices/options";
	}

}
