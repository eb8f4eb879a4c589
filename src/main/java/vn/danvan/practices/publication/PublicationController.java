package vn.danvan.practices.publication;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.shared.errors.RejectedException;
import vn.danvan.shared.security.ScopedUser;

/**
 * "Công bố" on the practice's page ({@code POST /practices/{id}/publication},
 * {@code …/withdraw}) and in the API ({@code PUT|DELETE
 * /api/v1/practices/{id}/publication}, the note as the parameter {@code note}).
 */
@Controller
class PublicationController {

	private final PracticePublication publication;

	PublicationController(PracticePublication publication) {
		this.publication = publication;
	}

	@PostMapping("/practices/{id:\\d+}/publication")
	String publish(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@RequestParam(name = "note", required = false) String note, RedirectAttributes redirect) {
		try {
			this.publication.publish(user, id, note);
			redirect.addFlashAttribute("successKey", "practices.publication.done");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
			redirect.addFlashAttribute("errorArguments", ex.arguments());
		}
		return "redirect:/practices/" + id;
	}

	@PostMapping("/practices/{id:\\d+}/publication/withdraw")
	String withdraw(@AuthenticationPrincipal ScopedUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.publication.withdraw(user, id);
		redirect.addFlashAttribute("successKey", "practices.publication.withdrawn");
		return "redirect:/practices/" + id;
	}

}
