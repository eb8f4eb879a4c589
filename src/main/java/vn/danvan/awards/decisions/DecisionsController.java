package vn.danvan.awards.decisions;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.awards.AwardForm;
import vn.danvan.awards.Decision;
import vn.danvan.awards.Recipient;
import vn.danvan.awards.RecipientKind;
import vn.danvan.shared.errors.ConflictException;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.errors.RejectedException;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

/**
 * The pages of the commendations: the list of decisions in the user's scope (year, form,
 * text without diacritics; htmx refreshes the results), a decision with its recipients,
 * the decision's form, adding a recipient and importing the recipients from XLSX.
 * Readable without JavaScript.
 */
@Controller
class DecisionsController {

	private final DecisionBook book;

	private final RecipientImport importer;

	private final Units units;

	private final MessageSource messages;

	private final DecisionAnnex annex;

	DecisionsController(DecisionBook book, RecipientImport importer, Units units, MessageSource messages,
			DecisionAnnex annex) {
		this.annex = annex;
		this.book = book;
		this.importer = importer;
		this.units = units;
		this.messages = messages;
	}

	@GetMapping("/awards")
	String list(@AuthenticationPrincipal ScopedUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) AwardForm form, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) RecipientKind kind, @RequestParam(required = false) String campaign,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		DecisionSearch search = new DecisionSearch(year, form, q, unit, from, to, kind, campaign);
		List<Decision> decisions = this.book.search(user, search, 200);
		model.addAttribute("search", search);
		model.addAttribute("decisions", decisions);
		model.addAttribute("forms", AwardForm.values());
		model.addAttribute("unitNames", names(decisions));
		model.addAttribute("canCreate", !this.book.issuingUnits(user).isEmpty());
		return (htmx != null) ? "awards/list :: results" : "awards/list";
	}

	@GetMapping("/awards/new")
	String newDecision(@AuthenticationPrincipal ScopedUser user, Model model) {
		if (this.book.issuingUnits(user).isEmpty()) {
			throw new ForbiddenException("awards.error.notOfficer");
		}
		model.addAttribute("form", DecisionForm.empty(user.scopeUnitId()));
		return form(user, model, null);
	}

	@PostMapping("/awards/new")
	String record(@AuthenticationPrincipal ScopedUser user, @ModelAttribute("form") DecisionForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				Decision created = this.book.record(user, form);
				redirect.addFlashAttribute("successKey", "awards.recorded");
				return "redirect:/awards/" + created.id().value();
			}
			catch (RejectedException ex) {
				reject(errors, ex);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(user, model, null);
	}

	@GetMapping("/awards/{id:\\d+}")
	String show(@AuthenticationPrincipal ScopedUser user, @PathVariable long id, Model model) {
		Decision decision = this.book.get(user, id);
		model.addAttribute("decision", decision);
		model.addAttribute("unitNames", names(List.of(decision)));
		model.addAttribute("canEdit", this.book.canEdit(user, decision.issuingUnitId()));
		model.addAttribute("kinds", RecipientKind.values());
		if (!model.containsAttribute("recipient")) {
			model.addAttribute("recipient", new RecipientForm(RecipientKind.INDIVIDUAL, "", "", null, null));
		}
		model.addAttribute("recipientUnits", recipientUnits(decision));
		return "awards/decision";
	}

	/**
	 * The annex of the decision (its recipients) as DOCX in the Party format.
	 */
	@GetMapping("/awards/{id:\\d+}/annex.docx")
	ResponseEntity<byte[]> annex(@AuthenticationPrincipal ScopedUser user, @PathVariable long id) {
		return this.annex.docx(user, id).download();
	}

	@GetMapping("/awards/{id:\\d+}/edit")
	String edit(@AuthenticationPrincipal ScopedUser user, @PathVariable long id, Model model) {
		Decision d = this.book.get(user, id);
		if (!this.book.canEdit(user, d.issuingUnitId())) {
			throw new ForbiddenException("awards.error.notOfficer");
		}
		model.addAttribute("form", new DecisionForm(d.number(), d.decidedOn(), d.issuingUnitId(), d.form(), d.reason(),
				d.campaign(), d.version()));
		return form(user, model, d);
	}

	@PostMapping("/awards/{id:\\d+}/edit")
	String change(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@ModelAttribute("form") DecisionForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Decision decision = this.book.get(user, id);
		if (!errors.hasErrors()) {
			try {
				this.book.change(user, id, form);
				redirect.addFlashAttribute("successKey", "awards.saved");
				return "redirect:/awards/" + id;
			}
			catch (RejectedException ex) {
				reject(errors, ex);
			}
			catch (ConflictException ex) {
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("conflict", ex.changes());
				model.addAttribute("conflictBy", ex.arguments()[0]);
				model.addAttribute("currentVersion", ex.properties().get("currentVersion"));
				return form(user, model, decision);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(user, model, decision);
	}

	@PostMapping("/awards/{id:\\d+}/recipients")
	String addRecipient(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@ModelAttribute("recipient") RecipientForm recipient, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.book.addRecipient(user, id, recipient);
				redirect.addFlashAttribute("successKey", "awards.recipientAdded");
				return "redirect:/awards/" + id;
			}
			catch (RejectedException ex) {
				reject(errors, ex);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return show(user, id, model);
	}

	@PostMapping("/awards/{id:\\d+}/import")
	String importRecipients(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (file == null || file.isEmpty()) {
				throw new RejectedException("file", "awards.import.empty");
			}
			Decision before = this.book.get(user, id);
			Decision after;
			try (InputStream in = file.getInputStream()) {
				after = this.importer.importRecipients(user, id, in);
			}
			redirect.addFlashAttribute("successKey", "awards.imported");
			redirect.addFlashAttribute("successArguments",
					new Object[] { after.recipients().size() - before.recipients().size() });
			return "redirect:/awards/" + id;
		}
		catch (RejectedException ex) {
			model.addAttribute("importError", this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(),
					LocaleContextHolder.getLocale()));
			model.addAttribute("importLines", ex.properties().getOrDefault("lines", List.of()));
		}
		catch (IOException ex) {
			model.addAttribute("importError",
					this.messages.getMessage("awards.import.unreadable", null, LocaleContextHolder.getLocale()));
			model.addAttribute("importLines", List.of());
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return show(user, id, model);
	}

	private String form(ScopedUser user, Model model, Decision decision) {
		model.addAttribute("decision", decision);
		model.addAttribute("forms", AwardForm.values());
		model.addAttribute("issuingUnits", this.book.issuingUnits(user));
		return "awards/form";
	}

	private static void reject(BindingResult errors, RejectedException ex) {
		if (ex.field() != null && errors.getFieldType(ex.field()) != null) {
			errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		else {
			errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
		}
	}

	private List<Unit> recipientUnits(Decision decision) {
		LocalDate today = UnitScope.today();
		List<Unit> list = new java.util.ArrayList<>();
		this.units.find(decision.issuingUnitId(), today).ifPresent(list::add);
		list.addAll(this.units.descendants(decision.issuingUnitId(), today, null));
		return list;
	}

	private Map<Long, String> names(List<Decision> decisions) {
		Set<Long> ids = new HashSet<>();
		for (Decision d : decisions) {
			ids.add(d.issuingUnitId());
			for (Recipient r : d.recipients()) {
				ids.add(r.unitId());
			}
		}
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			this.units.findAll(ids, UnitScope.today()).forEach((u) -> names.put(u.id(), u.fullName()));
		}
		return names;
	}

}
