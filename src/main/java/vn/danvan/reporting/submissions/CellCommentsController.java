package vn.danvan.reporting.submissions;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import vn.danvan.accounts.SignedInUser;
import vn.danvan.reporting.Submissions;
import vn.danvan.shared.errors.DanvanException;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.errors.NotFoundException;

/**
 * The report page's comments: a reviewer writes one on a cell (a plain form, back to the
 * cell); the unit marks one answered (with htmx, the comment alone is replaced; without
 * JavaScript, back to the report).
 */
@Controller
class CellCommentsController {

	private final CellComments comments;

	private final MessageSource messages;

	private final Submissions submissions;

	CellCommentsController(CellComments comments, MessageSource messages, Submissions submissions) {
		this.comments = comments;
		this.messages = messages;
		this.submissions = submissions;
	}

	@PostMapping("/reporting/submissions/{id}/comments")
	String write(@PathVariable long id, @RequestParam(required = false) String cell,
			@RequestParam(required = false) String text, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect, Locale locale) {
		try {
			CellComment comment = this.comments.write(user, id, cell, text);
			redirect.addFlashAttribute("successKey", "reporting.comment.written");
			return "redirect:/reporting/submissions/" + id + "#" + UriUtils.encodeFragment(comment.target(), "UTF-8");
		}
		catch (NotFoundException | ForbiddenException ex) {
			throw ex;
		}
		catch (DanvanException ex) {
			redirect.addFlashAttribute("actionError",
					this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
			return "redirect:/reporting/submissions/" + id + "#review";
		}
	}

	@PostMapping("/reporting/submissions/{id}/comments/{commentId}/answered")
	String answered(@PathVariable long id, @PathVariable long commentId, @AuthenticationPrincipal SignedInUser user,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		CellComment comment = this.comments.answer(user, id, commentId);
		if (htmx != null) {
			model.addAttribute("c", comment);
			model.addAttribute("canAnswer", false);
			model.addAttribute("structure", this.submissions.structure(this.submissions.get(user, id)));
			model.addAttribute("commentList", this.comments.of(user, id));
			model.addAttribute("oob", true);
			return "reporting/comments :: answered";
		}
		return "redirect:/reporting/submissions/" + id + "#comment-" + comment.id();
	}

}
