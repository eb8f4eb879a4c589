package vn.danvan.reporting.periods;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.accounts.SignedInUser;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.PeriodType;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.Permissions;
import vn.danvan.reporting.SubmissionState;
import vn.danvan.reporting.TemplateStructure;
import vn.danvan.reporting.Submissions;
import vn.danvan.reporting.UnitStatus;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;
import vn.danvan.shared.errors.DanvanException;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.errors.NotFoundException;
import vn.danvan.shared.errors.RefusalStatus;

/**
 * Reporting periods: what is due for the user's unit, the periods they follow, opening a
 * period, and the board of every expected unit's report.
 */
@Controller
class PeriodsController {

	private final Periods periods;

	private final Submissions submissions;

	private final Catalogue catalogue;

	private final Units units;

	private final MessageSource messages;

	PeriodsController(Periods periods, Submissions submissions, Catalogue catalogue, Units units,
			MessageSource messages) {
		this.periods = periods;
		this.submissions = submissions;
		this.catalogue = catalogue;
		this.units = units;
		this.messages = messages;
	}

	@GetMapping("/reporting")
	String home(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("due", this.submissions.due(user));
		model.addAttribute("periods", this.periods.list(user));
		model.addAttribute("canOpen", Permissions.administers(user));
		model.addAttribute("today", UnitScope.today());
		return "reporting/home";
	}

	@GetMapping("/reporting/periods")
	String list() {
		return "redirect:/reporting";
	}

	@GetMapping("/reporting/periods/new")
	String newPeriod(@AuthenticationPrincipal SignedInUser user, Model model) {
		requireAdministers(user);
		return form(user, PeriodForm.empty(), model);
	}

	@PostMapping("/reporting/periods")
	String open(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") PeriodForm form,
			BindingResult binding, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		requireAdministers(user);
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", this.messages.getMessage("reporting.period.badInput", null, locale));
			return form(user, form, model);
		}
		try {
			Period period = this.periods.open(user, form.toRequest());
			redirect.addFlashAttribute("successKey", "reporting.period.opened");
			return "redirect:/reporting/periods/" + period.id();
		}
		catch (DanvanException ex) {
			if (ex instanceof NotFoundException || ex instanceof ForbiddenException) {
				throw ex;
			}
			response.setStatus(RefusalStatus.of(ex));
			model.addAttribute("problem", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return form(user, form, model);
		}
	}

	@GetMapping("/reporting/periods/{id}")
	String board(@PathVariable long id, @RequestParam(required = false) SubmissionState state,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		Period period = this.periods.get(user, id);
		List<UnitStatus> all = this.periods.statuses(user, id);
		Map<SubmissionState, Integer> counts = new EnumMap<>(SubmissionState.class);
		for (SubmissionState s : SubmissionState.values()) {
			counts.put(s, 0);
		}
		all.forEach((s) -> counts.merge(s.state(), 1, Integer::sum));
		model.addAttribute("period", period);
		model.addAttribute("counts", counts);
		model.addAttribute("total", all.size());
		model.addAttribute("handedIn", counts.get(SubmissionState.SUBMITTED) + counts.get(SubmissionState.APPROVED));
		model.addAttribute("lateCount", all.stream().filter(UnitStatus::overdue).count());
		model.addAttribute("handedInLateCount", all.stream().filter(UnitStatus::handedInLate).count());
		model.addAttribute("notHandedIn", all.stream().filter((s) -> !s.state().handedIn()).count());
		List<UnitStatus> shown = (state != null) ? all.stream().filter((s) -> s.state() == state).toList() : all;
		model.addAttribute("statuses", shown);
		model.addAttribute("parts", parts(this.periods.structures(period), all, shown));
		model.addAttribute("state", state);
		model.addAttribute("states", SubmissionState.values());
		model.addAttribute("canAdminister", this.periods.mayClose(user, period));
		model.addAttribute("canRemind", Permissions.reviews(user) && !period.closed());
		model.addAttribute("previous", this.periods.previous(period).orElse(null));
		model.addAttribute("today", UnitScope.today());
		return "reporting/period";
	}

	@PostMapping("/reporting/periods/{id}/close")
	String close(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		return act(id, redirect, "reporting.period.closedNow", () -> this.periods.close(user, id));
	}

	@PostMapping("/reporting/periods/{id}/reopen")
	String reopen(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		return act(id, redirect, "reporting.period.reopenedNow", () -> this.periods.reopen(user, id));
	}

	private String act(long id, RedirectAttributes redirect, String successKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("successKey", successKey);
		}
		catch (DanvanException ex) {
			if (ex instanceof NotFoundException || ex instanceof ForbiddenException) {
				throw ex;
			}
			redirect.addFlashAttribute("actionError", this.messages.getMessage(ex.messageKey(), ex.arguments(),
					ex.messageKey(), LocaleContextHolder.getLocale()));
		}
		return "redirect:/reporting/periods/" + id;
	}

	private String form(SignedInUser user, PeriodForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("templates", this.catalogue.templates());
		model.addAttribute("types", PeriodType.values());
		model.addAttribute("extraParts", PeriodForm.EXTRA_PARTS);
		List<Unit> choices = new ArrayList<>();
		if (user.scopeUnitId() != null) {
			this.units.find(user.scopeUnitId(), UnitScope.today()).ifPresent(choices::add);
			choices.addAll(this.units.children(user.scopeUnitId(), UnitScope.today()));
		}
		else if (user.administrator()) {
			for (Unit root : this.units.roots(UnitScope.today())) {
				choices.add(root);
				choices.addAll(this.units.children(root.id(), UnitScope.today()));
			}
		}
		model.addAttribute("unitChoices", choices.stream().filter((u) -> u.kind().administrative()).toList());
		return "reporting/period-form";
	}

	/**
	 * The expected units grouped by the template they report with, in the period's order,
	 * each with its own progress; one group for a period of one template.
	 */
	static List<Part> parts(List<TemplateStructure> structures, List<UnitStatus> all, List<UnitStatus> shown) {
		List<Part> parts = new ArrayList<>();
		for (TemplateStructure structure : structures) {
			List<UnitStatus> of = all.stream().filter((s) -> s.templateVersionId() == structure.versionId()).toList();
			parts.add(new Part(structure, of.size(), (int) of.stream().filter((s) -> s.state().handedIn()).count(),
					(int) of.stream().filter((s) -> s.state() == SubmissionState.APPROVED).count(),
					(int) of.stream().filter(UnitStatus::overdue).count(),
					shown.stream().filter((s) -> s.templateVersionId() == structure.versionId()).toList()));
		}
		return parts;
	}

	/**
	 * The units of a period expected with one template, and where they stand.
	 */
	record Part(TemplateStructure structure, int total, int handedIn, int approved, int overdue,
			List<UnitStatus> statuses) {

		public String levels() {
			return this.structure.levels().stream().map(Enum::name).collect(java.util.stream.Collectors.joining(","));
		}

	}

	private static void requireAdministers(SignedInUser user) {
		if (!Permissions.administers(user)) {
			throw new ForbiddenException("reporting.error.notAllowed");
		}
	}

}
