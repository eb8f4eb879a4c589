package vn.danvan.directives.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.danvan.directives.Directives;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.directives.register.DirectiveRoles;
import vn.danvan.directives.DirectiveMentions;

/**
 * "Nhận diện văn bản": an officer pastes a text and sees the directive references in it
 * as links (and may keep them as mentions); "Văn bản chưa đăng ký" lists the references
 * no registered directive answers, for registration.
 */
@Controller
class DirectiveReferencesController {

	static final String REFERENCES_VIEW = "directives/references";

	static final String UNKNOWN_VIEW = "directives/unknown";

	static final String PASTED = "PASTED_TEXT";

	private final Directives directives;

	private final DirectiveMentions mentions;

	DirectiveReferencesController(Directives directives, DirectiveMentions mentions) {
		this.directives = directives;
		this.mentions = mentions;
	}

	@GetMapping("/directives/references")
	String page(Model model) {
		model.addAttribute("text", "");
		return REFERENCES_VIEW;
	}

	@PostMapping("/directives/references")
	String recognise(@AuthenticationPrincipal ScopedUser user, @RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) String title, @RequestParam(required = false) String keep, Model model) {
		String limited = (text.length() > DirectiveReferencesApiController.MAX_TEXT)
				? text.substring(0, DirectiveReferencesApiController.MAX_TEXT) : text;
		// the text is the user's unit's: local documents resolve within it and the units
		// above
		List<DirectiveReference> references = this.mentions.recognise(this.directives.visible(user), user.scopeUnitId(),
				vn.danvan.units.UnitScope.today(), limited);
		if (keep != null && !limited.isBlank() && canKeep(user)) {
			String sourceTitle = (title != null && !title.isBlank()) ? title.trim() : null;
			this.directives.recordMentions(PASTED, UUID.randomUUID().toString(),
					(sourceTitle != null) ? sourceTitle : user.getUsername(), null, user.scopeUnitId(), limited);
			model.addAttribute("kept", true);
		}
		model.addAttribute("text", limited);
		model.addAttribute("title", title);
		model.addAttribute("references", references);
		model.addAttribute("segments", segments(limited, references));
		return REFERENCES_VIEW;
	}

	@GetMapping("/directives/unknown-references")
	@PreAuthorize(DirectiveRoles.OFFICERS)
	String unknown(@AuthenticationPrincipal ScopedUser user, Model model) {
		model.addAttribute("unknown", this.mentions.unknown(user));
		return UNKNOWN_VIEW;
	}

	private static boolean canKeep(ScopedUser user) {
		return user instanceof org.springframework.security.core.userdetails.UserDetails details
				&& details.getAuthorities()
					.stream()
					.anyMatch((a) -> "ROLE_ADMINISTRATOR".equals(a.getAuthority())
							|| "ROLE_COMMISSION_OFFICER".equals(a.getAuthority()));
	}

	/**
	 * The text cut into plain pieces and references, in order.
	 */
	static List<Segment> segments(String text, List<DirectiveReference> references) {
		List<Segment> segments = new ArrayList<>();
		int at = 0;
		for (DirectiveReference reference : references) {
			int start = reference.found().start();
			if (start < at) {
				continue;
			}
			if (start > at) {
				segments.add(new Segment(text.substring(at, start), null));
			}
			segments.add(new Segment(text.substring(start, reference.found().end()), reference));
			at = reference.found().end();
		}
		if (at < text.length()) {
			segments.add(new Segment(text.substring(at), null));
		}
		return segments;
	}

	record Segment(String text, DirectiveReference reference) {
	}

}
