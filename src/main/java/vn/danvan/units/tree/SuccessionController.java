package vn.danvan.units.tree;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.shared.errors.RejectedException;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitKind;
import vn.danvan.units.UnitNotFoundException;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

/**
 * Administrators record a merge or split: a form, then a summary to confirm, then all of
 * it in one step.
 */
@Controller
@RequestMapping("/units/successions")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class SuccessionController {

	static final String FORM_VIEW = "units/succession-form";

	static final String CONFIRM_VIEW = "units/succession-confirm";

	private static final Map<String, String> FIELDS = Map.of("date", "date", "sources", "sources", "targets", "targets",
			"newTarget.code", "newCode", "newTarget.name", "newName", "newTarget.fullName", "newFullName",
			"newTarget.kind", "newKind", "newTarget.parentId", "newParentId");

	private final Units units;

	private final UnitAdministration administration;

	private final UnitScope scope;

	SuccessionController(Units units, UnitAdministration administration, UnitScope scope) {
		this.units = units;
		this.administration = administration;
		this.scope = scope;
	}

	@ModelAttribute("kinds")
	List<UnitKind> kinds() {
		return List.of(UnitKind.values());
	}

	@GetMapping("/new")
	String newSuccession(@AuthenticationPrincipal ScopedUser user,
			@RequestParam(name = "from", required = false) Long from, Model model) {
		if (from != null) {
			this.scope.requireVisible(user, from);
		}
		model.addAttribute("form", SuccessionForm.from(from));
		addCandidates(user, model, from);
		return FORM_VIEW;
	}

	@PostMapping("/new")
	String record(@AuthenticationPrincipal ScopedUser user, @ModelAttribute("form") SuccessionForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		RecordSuccession request = request(user, form, errors);
		if (!errors.hasErrors()) {
			try {
				if (!form.isConfirmed()) {
					SuccessionPreview preview = this.administration.previewSuccession(request);
					model.addAttribute("preview", preview);
					model.addAttribute("sourceNames", names(preview.sources()));
					List<Unit> targets = new ArrayList<>(preview.targets());
					if (preview.newTarget() != null) {
						targets.add(preview.newTarget());
					}
					model.addAttribute("targetNames", names(targets));
					model.addAttribute("closingNames", names(preview.closing()));
					return CONFIRM_VIEW;
				}
				List<Long> targets = this.administration.recordSuccession(request, user.getUsername());
				redirect.addFlashAttribute("successKey", "succession.recorded");
				return "redirect:/units/" + targets.get(0);
			}
			catch (RejectedException ex) {
				String field = FIELDS.get(ex.field());
				if (field != null) {
					errors.rejectValue(field, ex.messageKey(), ex.arguments(), ex.messageKey());
				}
				else {
					errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
				}
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		List<Long> sources = ids(form.sources());
		addCandidates(user, model, sources.isEmpty() ? null : sources.get(0));
		return FORM_VIEW;
	}

	private RecordSuccession request(ScopedUser user, SuccessionForm form, BindingResult errors) {
		List<Long> sources = parse(form.sources(), "sources", errors);
		List<Long> targets = parse(form.targets(), "targets", errors);
		Set<Long> partial = new LinkedHashSet<>(parse(form.partial(), "partial", errors));
		if (!errors.hasFieldErrors("sources") && sources.isEmpty()) {
			errors.rejectValue("sources", "succession.error.noLinks");
		}
		if (!errors.hasFieldErrors("targets") && targets.isEmpty() && !form.creating()) {
			errors.rejectValue("targets", "succession.error.noTarget");
		}
		requireVisible(user, sources, "sources", errors);
		requireVisible(user, targets, "targets", errors);
		if (form.creating() && form.newParentId() != null) {
			requireVisible(user, List.of(form.newParentId()), "newParentId", errors);
		}
		List<RecordSuccession.Link> links = new ArrayList<>();
		for (Long source : sources) {
			for (Long target : targets) {
				links.add(new RecordSuccession.Link(source, target,
						partial.contains(source) || partial.contains(target)));
			}
			if (form.creating()) {
				links.add(new RecordSuccession.Link(source, null, partial.contains(source) || form.newTargetPartial()));
			}
		}
		RecordSuccession.NewTarget newTarget = form.creating() ? new RecordSuccession.NewTarget(form.newCode(),
				form.newName(), form.newFullName(), form.newKind(), form.newParentId()) : null;
		return new RecordSuccession(form.date(), links, newTarget);
	}

	/**
	 * A unit outside the administrator's scope is not theirs to reorganise: answered as
	 * not found (404), like any object outside the scope (docs/security.md).
	 */
	private void requireVisible(ScopedUser user, List<Long> ids, String field, BindingResult errors) {
		for (Long id : ids) {
			if (!errors.hasFieldErrors(field) && !this.scope.canSeeHistorical(user, id)) {
				throw new UnitNotFoundException(id);
			}
		}
	}

	private static List<Long> parse(String text, String field, BindingResult errors) {
		List<Long> ids = new ArrayList<>();
		if (text == null) {
			return ids;
		}
		for (String part : text.split("[,;\\s]+")) {
			if (part.isEmpty()) {
				continue;
			}
			try {
				ids.add(Long.valueOf(part));
			}
			catch (NumberFormatException ex) {
				if (!errors.hasFieldErrors(field)) {
					errors.rejectValue(field, "succession.error.ids", new Object[] { part }, null);
				}
			}
		}
		return ids;
	}

	private static List<Long> ids(String text) {
		List<Long> ids = new ArrayList<>();
		if (text != null) {
			for (String part : text.split("[,;\\s]+")) {
				if (part.matches("\\d{1,18}")) {
					ids.add(Long.valueOf(part));
				}
			}
		}
		return ids;
	}

	private static String names(List<Unit> units) {
		return units.stream().map(Unit::fullName).collect(Collectors.joining(", "));
	}

	/**
	 * The units beside the first source (the children of its parent), listed with their
	 * ids to pick from.
	 */
	private void addCandidates(ScopedUser user, Model model, Long from) {
		if (from == null || !this.scope.canSeeHistorical(user, from)) {
			return;
		}
		List<Unit> versions;
		try {
			versions = this.units.history(from).versions();
		}
		catch (UnitNotFoundException ex) {
			return;
		}
		Unit unit = versions.get(versions.size() - 1);
		LocalDate date = UnitScope.today();
		if (unit.validTo() != null) {
			date = unit.validTo().minusDays(1);
		}
		else if (unit.validFrom() != null && unit.validFrom().isAfter(date)) {
			date = unit.validFrom();
		}
		model.addAttribute("fromUnit", unit);
		if (unit.parentId() != null) {
			model.addAttribute("candidates",
					this.units.children(unit.parentId(), date)
						.stream()
						.filter((candidate) -> this.scope.canSeeHistorical(user, candidate.id()))
						.toList());
			this.units.find(unit.parentId(), date).ifPresent((parent) -> model.addAttribute("candidateParent", parent));
		}
	}

}
