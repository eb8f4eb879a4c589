package vn.danvan.directives.actions;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.directives.ActionStatus;
import vn.danvan.directives.Directive;
import vn.danvan.directives.DirectiveAction;
import vn.danvan.directives.DirectiveActionKind;
import vn.danvan.directives.DirectiveActions;
import vn.danvan.directives.Directives;
import vn.danvan.directives.NewActionRecord;
import vn.danvan.directives.NewDirectiveAction;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitKind;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;
import vn.danvan.directives.register.DirectiveRoles;
import vn.danvan.directives.register.FormErrors;
import vn.danvan.directives.register.SearchParameters;
import vn.danvan.directives.register.Uploads;
import vn.danvan.shared.errors.InvalidRequestException;
import vn.danvan.shared.errors.RejectedException;

/**
 * Officers declare what a directive requires of which units; units record what they did;
 * everyone sees the matrix of units × actions within their scope.
 */
@Controller
class DirectiveActionsController {

	static final String ACTION_VIEW = "directives/action-form";

	static final String MATRIX_VIEW = "directives/matrix";

	static final String RECORD_VIEW = "directives/record-form";

	static final int MATRIX_ROWS = 500;

	private static final Set<String> ACTION_FIELDS = Set.of("kind", "description", "dueOn", "everyYears", "scopeUnitId",
			"levels", "kinds");

	private static final Set<String> RECORD_FIELDS = Set.of("unitId", "doneOn", "documentNumber", "participants",
			"note");

	private final Directives directives;

	private final DirectiveActions actions;

	private final Units units;

	DirectiveActionsController(Directives directives, DirectiveActions actions, Units units) {
		this.directives = directives;
		this.actions = actions;
		this.units = units;
	}

	@GetMapping("/directives/{id:\\d+}/actions/new")
	@PreAuthorize(DirectiveRoles.OFFICERS)
	String newAction(@AuthenticationPrincipal ScopedUser user, @PathVariable long id, Model model) {
		model.addAttribute("form", new NewDirectiveAction(DirectiveActionKind.DISSEMINATION, "", null, null,
				user.scopeUnitId(), List.of(), List.of()));
		return actionForm(user, id, model);
	}

	@PostMapping("/directives/{id:\\d+}/actions/new")
	@PreAuthorize(DirectiveRoles.OFFICERS)
	String declare(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@ModelAttribute("form") NewDirectiveAction form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		this.directives.get(user, id);
		if (!errors.hasErrors()) {
			try {
				this.actions.declare(user, id, form, request.getRemoteAddr());
				redirect.addFlashAttribute("successKey", "directives.action.declared");
				return "redirect:/directives/" + id;
			}
			catch (RejectedException ex) {
				FormErrors.reject(errors, ex, ACTION_FIELDS);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return actionForm(user, id, model);
	}

	@GetMapping("/directives/{id:\\d+}/matrix")
	String matrix(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@RequestParam(required = false) String status, Model model) {
		Directive directive = this.directives.get(user, id);
		ActionStatus only = null;
		try {
			only = SearchParameters.status(status);
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("queryError", ex.messageKey());
		}
		model.addAttribute("directive", directive);
		model.addAttribute("matrix", this.actions.matrix(user, id, only, MATRIX_ROWS));
		model.addAttribute("only", only);
		model.addAttribute("rowLimit", MATRIX_ROWS);
		return MATRIX_VIEW;
	}

	@GetMapping("/directives/actions/{actionId:\\d+}/record")
	@PreAuthorize(DirectiveRoles.RECORDERS)
	String recordForm(@AuthenticationPrincipal ScopedUser user, @PathVariable long actionId,
			@RequestParam(name = "unit", required = false) Long unitId, Model model) {
		model.addAttribute("form", new NewActionRecord(unitId, null, "", null, ""));
		return showRecordForm(user, actionId, unitId, model);
	}

	@PostMapping("/directives/actions/{actionId:\\d+}/record")
	@PreAuthorize(DirectiveRoles.RECORDERS)
	String record(@AuthenticationPrincipal ScopedUser user, @PathVariable long actionId,
			@ModelAttribute("form") NewActionRecord form, BindingResult errors,
			@RequestParam(name = "evidence", required = false) MultipartFile evidence, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		DirectiveAction action = this.actions.action(user, actionId);
		if (!errors.hasErrors()) {
			try {
				this.actions.record(user, actionId, form, Uploads.of(evidence), request.getRemoteAddr());
				redirect.addFlashAttribute("successKey", "directives.record.saved");
				return "redirect:/directives/" + action.directiveId() + "/matrix";
			}
			catch (RejectedException ex) {
				FormErrors.reject(errors, ex, RECORD_FIELDS);
				if ("file".equals(ex.field())) {
					model.addAttribute("evidenceError", ex.messageKey());
					model.addAttribute("evidenceErrorArguments", ex.arguments());
				}
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return showRecordForm(user, actionId, form.unitId(), model);
	}

	private String actionForm(ScopedUser user, long id, Model model) {
		model.addAttribute("directive", this.directives.get(user, id));
		model.addAttribute("actionKinds", DirectiveActionKind.values());
		model.addAttribute("levels", DirectiveActions.levels());
		model.addAttribute("unitKinds", UnitKind.values());
		if (user.scopeUnitId() != null) {
			this.units.find(user.scopeUnitId(), UnitScope.today())
				.ifPresent((unit) -> model.addAttribute("scopeUnit", unit));
		}
		return ACTION_VIEW;
	}

	private String showRecordForm(ScopedUser user, long actionId, Long unitId, Model model) {
		DirectiveAction action = this.actions.action(user, actionId);
		model.addAttribute("action", action);
		model.addAttribute("directive", this.directives.get(user, action.directiveId()));
		List<Unit> targets = this.actions.targets(user, action);
		model.addAttribute("targets", targets);
		if (unitId != null) {
			targets.stream().filter((u) -> u.id() == unitId).findFirst().ifPresent((u) -> {
				model.addAttribute("unit", u);
				model.addAttribute("records", this.actions.records(user, actionId, u.id()));
			});
		}
		model.addAttribute("today", LocalDate.now(vn.danvan.shared.time.VietnamTime.ZONE));
		return RECORD_VIEW;
	}

}
