package vn.danvan.documents.profiles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.accounts.SignedInUser;
import vn.danvan.shared.text.VietnameseNumbers;
import vn.danvan.documents.reviews.DocumentsPages;
import vn.danvan.shared.errors.ConflictException;

/**
 * "Thể thức văn bản" (administrators): the default format profile's font, sizes, margins,
 * texts and issuing bodies with their validity, changed without a release. Impossible
 * values are refused with a message per field and what was typed kept; an unknown font is
 * saved with a warning.
 */
@Controller
class FormatProfileController implements DocumentsPages {

	private final FormatProfiles profiles;

	FormatProfileController(FormatProfiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/admin/documents/profile")
	String profile(Model model) {
		FormatProfile profile = this.profiles.current();
		return page(model, profile, ProfileChange.of(profile), List.of());
	}

	@PostMapping("/admin/documents/profile")
	String change(@RequestParam Map<String, String> form,
			@RequestParam(name = "bodyLevel", required = false) List<String> levels,
			@RequestParam(name = "bodyKinds", required = false) List<String> kinds,
			@RequestParam(name = "bodyFrom", required = false) List<String> froms,
			@RequestParam(name = "bodyTo", required = false) List<String> tos,
			@RequestParam(name = "bodySuperior", required = false) List<String> superiors,
			@RequestParam(name = "bodyIssuing", required = false) List<String> issuings,
			@RequestParam(name = "bodySymbol", required = false) List<String> symbols,
			@RequestParam(name = "bodySigning", required = false) List<String> signings,
			@RequestParam(name = "bodyPlace", required = false) List<String> places,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		FormatProfile profile = this.profiles.current();
		List<ProfileRejectedException.Issue> unreadable = new ArrayList<>();
		Map<String, String> labels = new LinkedHashMap<>();
		for (String key : FormatProfiles.labelKeys()) {
			labels.put(key, form.getOrDefault("label-" + key, ""));
		}
		List<FormatProfile.Body> bodies = new ArrayList<>();
		int rows = (symbols != null) ? symbols.size() : 0;
		for (int i = 0; i < rows; i++) {
			String symbol = at(symbols, i);
			if (symbol.isBlank() && at(issuings, i).isBlank() && at(superiors, i).isBlank()) {
				continue;
			}
			FormatProfile.Signing signing = "COMMITTEE".equals(at(signings, i)) ? FormatProfile.Signing.COMMITTEE
					: FormatProfile.Signing.COMMISSION;
			bodies.add(new FormatProfile.Body(null, at(levels, i), at(kinds, i),
					date(at(froms, i), "bodyFrom", unreadable), date(at(tos, i), "bodyTo", unreadable),
					at(superiors, i), at(issuings, i), symbol, signing, at(places, i)));
		}
		int version = Integer.parseInt(form.getOrDefault("version", "0"));
		ProfileChange change = new ProfileChange(version, form.get("name"), form.get("fontName"),
				number(form, "bodySize", unreadable), number(form, "headerSize", unreadable),
				number(form, "partySize", unreadable), number(form, "titleSize", unreadable),
				number(form, "marginTop", unreadable), number(form, "marginBottom", unreadable),
				number(form, "marginLeft", unreadable), number(form, "marginRight", unreadable),
				number(form, "indentCm", unreadable), labels, bodies);
		if (!unreadable.isEmpty()) {
			return page(model, profile, change, unreadable);
		}
		try {
			List<ProfileRejectedException.Issue> warnings = this.profiles.change(user, profile.code(), change);
			redirect.addFlashAttribute("successKey", "documents.profile.saved");
			redirect.addFlashAttribute("warnings", warnings);
			return "redirect:/admin/documents/profile";
		}
		catch (ProfileRejectedException ex) {
			return page(model, profile, change, ex.issues());
		}
		catch (ConflictException ex) {
			model.addAttribute("errorKey", ex.messageKey());
			return page(model, profile, change, List.of());
		}
	}

	private String page(Model model, FormatProfile profile, ProfileChange change,
			List<ProfileRejectedException.Issue> issues) {
		model.addAttribute("profile", profile);
		model.addAttribute("change", change);
		model.addAttribute("labelKeys", FormatProfiles.labelKeys());
		model.addAttribute("issues", issues);
		model.addAttribute("levels", List.of("CENTRAL", "PROVINCE", "DISTRICT", "COMMUNE"));
		model.addAttribute("fallbackFont", FormatDefaults.FALLBACK_FONT);
		model.addAttribute("fontKnown", FormatDefaults.knownFont(profile.fontName()));
		return "documents/profile";
	}

	private static String at(List<String> values, int i) {
		return (values != null && i < values.size() && values.get(i) != null) ? values.get(i) : "";
	}

	private static BigDecimal number(Map<String, String> form, String field,
			List<ProfileRejectedException.Issue> unreadable) {
		try {
			return VietnameseNumbers.parse(form.get(field));
		}
		catch (NumberFormatException ex) {
			unreadable
				.add(new ProfileRejectedException.Issue(field, "documents.profile.error.number", form.get(field)));
			return null;
		}
	}

	private static LocalDate date(String text, String field, List<ProfileRejectedException.Issue> unreadable) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return vn.danvan.shared.time.VietnamTime.parseDate(text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			unreadable.add(new ProfileRejectedException.Issue(field, "documents.profile.error.date", text));
			return null;
		}
	}

}
