package vn.danvan.units.tree;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
 * Administrators create a unit, change it from a date, and close it, within their scope.
 */
@Controller
@RequestMapping("/units")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class UnitAdministrationController {

	static final String NEW_VIEW = "units/new";

	static final String EDIT_VIEW = "units/edit";

	static final String CLOSE_VIEW = "units/close";

	private static final Set<String> FIELDS = Set.of("code", "name", "fullName", "kind", "parentId", "validFrom",
			"effective");

	private final Units units;

	private final UnitAdministration administration;

	private final UnitScope scope;

	UnitAdministrationController(Units units, UnitAdministration administration, UnitScope scope) {
		this.units = units;
		this.administration = administration;
		this.scope = scope;
	}

	@ModelAttribute("kinds")
	List<UnitKind> kinds() {
		return List.of(UnitKind.values());
	}

	@GetMapping("/new")
	String newUnit(@AuthenticationPrincipal ScopedUser user,
			@RequestParam(name = "parent", required = false) Long parent, Model model) {
		LocalDate today = UnitScope.today();
		if (parent != null) {
			this.scope.requireVisible(user, parent);
		}
		model.addAttribute("form", new UnitForm("", "", "", null, parent, today, null, null));
		addParent(model, parent, today);
		return NEW_VIEW;
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal ScopedUser user, @ModelAttribute("form") UnitForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (form.parentId() != null) {
			this.scope.requireVisible(user, form.parentId());
		}
		else if (user.scopeUnitId() != null) {
			errors.rejectValue("parentId", "unit.error.parentRequired");
		}
		if (!errors.hasErrors()) {
			try {
				long id = this.administration.create(new NewUnit(form.code(), form.name(), form.fullName(), form.kind(),
						form.parentId(), form.validFrom()), user.getUsername());
				redirect.addFlashAttribute("successKey", "unit.created");
				return "redirect:/units/" + id;
			}
			catch (RejectedException ex) {
				FormErrors.reject(errors, ex, FIELDS);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		addParent(model, form.parentId(), (form.validFrom() != null) ? form.validFrom() : UnitScope.today());
		return NEW_VIEW;
	}

	@GetMapping("/{id}/edit")
	String edit(@AuthenticationPrincipal ScopedUser user, @PathVariable long id, Model model) {
		requireAbove(user, id);
		Unit unit = latest(id);
		model.addAttribute("form", new UnitForm(unit.code(), unit.name(), unit.fullName(), unit.kind(), unit.parentId(),
				null, UnitScope.today(), this.administration.versionToken(id)));
		model.addAttribute("unit", unit);
		return EDIT_VIEW;
	}

	@PostMapping("/{id}/edit")
	String change(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@ModelAttribute("form") UnitForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		requireAbove(user, id);
		if (form.parentId() != null) {
			// A parent outside the scope is answered like one that does not exist (as
			// when creating a unit).
			this.scope.requireVisible(user, form.parentId());
		}
		if (!errors.hasErrors()) {
			try {
				this.administration.change(id,
						new UnitChange(form.code(), form.name(), form.fullName(), form.kind(), form.parentId()),
						form.effective(), form.version(), user.getUsername());
				redirect.addFlashAttribute("successKey", "unit.changed");
				return "redirect:/units/" + id;
			}
			catch (RejectedException ex) {
				FormErrors.reject(errors, ex, FIELDS);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("unit", latest(id));
		return EDIT_VIEW;
	}

	/**
	 * A unit is changed and closed from the units above it: its own administrators see it
	 * but do not change it (the tree is kept by the level above).
	 */
	private void requireAbove(ScopedUser user, long id) {
		this.scope.requireVisible(user, id);
		if (java.util.Objects.equals(user.scopeUnitId(), id)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"A unit is changed by the administrators above it");
		}
	}

	@GetMapping("/{id}/close")
	String closeForm(@AuthenticationPrincipal ScopedUser user, @PathVariable long id, Model model) {
		requireAbove(user, id);
		model.addAttribute("form", new CloseForm(null));
		model.addAttribute("unit", latest(id));
		model.addAttribute("children", this.units.children(id, UnitScope.today()));
		return CLOSE_VIEW;
	}

	@PostMapping("/{id}/close")
	String close(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@ModelAttribute("form") CloseForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		requireAbove(user, id);
		if (!errors.hasErrors()) {
			try {
				this.administration.close(id, form.date(), user.getUsername());
				redirect.addFlashAttribute("successKey", "unit.closed");
				return "redirect:/units/" + id;
			}
			catch (RejectedException ex) {
				FormErrors.reject(errors, ex, Set.of("date"));
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("unit", latest(id));
		model.addAttribute("children", this.units.children(id, UnitScope.today()));
		return CLOSE_VIEW;
	}

	private Unit latest(long id) {
		List<Unit> versions = this.units.history(id).versions();
		return versions.get(versions.size() - 1);
	}

	private void addParent(Model model, Long parentId, LocalDate date) {
		if (parentId == null) {
			return;
		}
		try {
			this.units.find(parentId, date)
				.or(() -> this.units.history(parentId).versions().stream().reduce((first, second) -> second))
				.ifPresent((parent) -> model.addAttribute("parent", parent));
		}
		catch (UnitNotFoundException ex) {
			// an unknown parent is reported beside the field
		}
	}

}
