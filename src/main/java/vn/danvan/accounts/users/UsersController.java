package vn.danvan.accounts.users;

import vn.danvan.accounts.UserAdministration;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.accounts.AccountsProperties;
import vn.danvan.shared.security.Role;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.accounts.UserAccount;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

/**
 * Administrators list, create and change the users of their scope ("Người dùng").
 */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class UsersController {

	private final UserAdministration administration;

	private final Units units;

	private final AccountsProperties properties;

	UsersController(UserAdministration administration, Units units, AccountsProperties properties) {
		this.administration = administration;
		this.units = units;
		this.properties = properties;
	}

	@GetMapping("/admin/users")
	String listUsers(@AuthenticationPrincipal SignedInUser administrator, @RequestParam(required = false) String q,
			Model model) {
		List<UserAccount> users = this.administration.list(administrator, q);
		model.addAttribute("users", users);
		model.addAttribute("unitNames", unitNames(users));
		model.addAttribute("q", (q != null) ? q : "");
		return "accounts/users";
	}

	@GetMapping("/admin/users/new")
	String newUser(@AuthenticationPrincipal SignedInUser administrator,
			@RequestParam(required = false) String unitQuery, Model model) {
		// No unit chosen yet, not even "the whole system": the administrator chooses.
		UserForm form = new UserForm("", "", "", "", Set.of(Role.REPORTING_OFFICER), null, true, null);
		model.addAttribute("wholeSystem", false);
		return showForm(administrator, form, null, unitQuery, model);
	}

	@PostMapping("/admin/users/new")
	String createUser(@AuthenticationPrincipal SignedInUser administrator, UserFormData data, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		UserForm form = data.toForm();
		model.addAttribute("wholeSystem", data.wholeSystemChosen());
		if (data.searchRequested()) {
			return showForm(administrator, form, null, data.unitQuery(), model);
		}
		try {
			data.checkUnitChosen(administrator);
			UserAccount created = this.administration.create(administrator, form);
			redirect.addFlashAttribute("successKey", "users.created");
			return "redirect:/admin/users/" + created.id();
		}
		catch (UserChangeRejectedException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showForm(administrator, form, null, data.unitQuery(), model, ex);
		}
	}

	@GetMapping("/admin/users/{id}")
	String editUser(@AuthenticationPrincipal SignedInUser administrator, @PathVariable long id,
			@RequestParam(required = false) String unitQuery, Model model) {
		UserAccount user = this.administration.find(administrator, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		int version = this.administration.version(id).orElseThrow();
		UserForm form = new UserForm(user.username(), user.displayName(), user.email(), "", user.roles(), user.unitId(),
				user.enabled(), version);
		model.addAttribute("wholeSystem", user.unitId() == null);
		return showForm(administrator, form, user, unitQuery, model);
	}

	@PostMapping("/admin/users/{id}")
	String changeUser(@AuthenticationPrincipal SignedInUser administrator, @PathVariable long id, UserFormData data,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		UserAccount user = this.administration.find(administrator, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		UserForm form = data.toForm();
		model.addAttribute("wholeSystem", data.wholeSystemChosen());
		if (data.searchRequested()) {
			return showForm(administrator, form, user, data.unitQuery(), model);
		}
		try {
			data.checkUnitChosen(administrator);
			this.administration.change(administrator, id, form);
			redirect.addFlashAttribute("successKey", "users.saved");
			return "redirect:/admin/users/" + id;
		}
		catch (UserChangeRejectedException ex) {
			response.setStatus(("users.error.concurrent".equals(ex.messageKey()) ? HttpStatus.CONFLICT
					: HttpStatus.UNPROCESSABLE_CONTENT)
				.value());
			return showForm(administrator, form, user, data.unitQuery(), model, ex);
		}
	}

	/**
	 * An administrator resets the user's password (typed, or generated when left empty);
	 * the page shows the temporary password once, to hand to the user.
	 */
	@PostMapping("/admin/users/{id}/password")
	String resetPassword(@AuthenticationPrincipal SignedInUser administrator, @PathVariable long id,
			@RequestParam(required = false) String temporaryPassword, Model model, HttpServletResponse response) {
		UserAccount user = this.administration.find(administrator, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			model.addAttribute("resetPassword",
					this.administration.resetPassword(administrator, id, temporaryPassword));
		}
		catch (UserChangeRejectedException ex) {
			response.setStatus(("users.error.concurrent".equals(ex.messageKey()) ? HttpStatus.CONFLICT
					: HttpStatus.UNPROCESSABLE_CONTENT)
				.value());
			model.addAttribute("resetError", ex.messageKey());
		}
		UserAccount current = this.administration.find(administrator, id).orElse(user);
		int version = this.administration.version(id).orElseThrow();
		UserForm form = new UserForm(current.username(), current.displayName(), current.email(), "", current.roles(),
				current.unitId(), current.enabled(), version);
		model.addAttribute("wholeSystem", current.unitId() == null);
		return showForm(administrator, form, current, null, model);
	}

	private String showForm(SignedInUser administrator, UserForm form, UserAccount existing, String unitQuery,
			Model model) {
		return showForm(administrator, form, existing, unitQuery, model, null);
	}

	private String showForm(SignedInUser administrator, UserForm form, UserAccount existing, String unitQuery,
			Model model, UserChangeRejectedException rejected) {
		UserForm shown = new UserForm(form.username(), form.displayName(), form.email(), "", form.roles(),
				form.unitId(), form.enabled(), form.version());
		BindingResult errors = new DirectFieldBindingResult(shown, "form");
		if (rejected != null) {
			if (rejected.field() != null) {
				errors.rejectValue(rejected.field(), rejected.messageKey(),
						new Object[] { this.properties.minPasswordLength() }, rejected.messageKey());
			}
			else {
				errors.reject(rejected.messageKey());
			}
		}
		model.addAttribute("form", shown);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		model.addAttribute("existing", existing);
		model.addAttribute("self", existing != null && existing.username().equals(administrator.getUsername()));
		// Only an administrator of the whole system may bind a user to no unit; a unit
		// administrator's own unit is offered first, but not chosen for them.
		model.addAttribute("mayChooseWholeSystem", administrator.scopeUnitId() == null);
		model.addAttribute("allRoles", EnumSet.allOf(Role.class));
		model.addAttribute("minPasswordLength", this.properties.minPasswordLength());
		model.addAttribute("unitQuery", (unitQuery != null) ? unitQuery : "");
		model.addAttribute("selectedUnit",
				(form.unitId() != null) ? this.units.find(form.unitId(), UnitScope.today()).orElse(null) : null);
		List<Unit> candidates = (unitQuery != null && !unitQuery.isBlank())
				? this.units.search(unitQuery, UnitScope.today(), administrator.scopeUnitId(), null, 30)
				: ((existing == null && form.unitId() == null && administrator.scopeUnitId() != null)
						? this.units.find(administrator.scopeUnitId(), UnitScope.today())
							.map(List::of)
							.orElse(List.of())
						: List.of());
		model.addAttribute("unitCandidates", candidates);
		return "accounts/user-form";
	}

	private java.util.Map<Long, String> unitNames(List<UserAccount> users) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		users.stream()
			.map(UserAccount::unitId)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.forEach((unitId) -> this.units.find(unitId, UnitScope.today())
				.ifPresent((unit) -> names.put(unitId, unit.fullName())));
		return names;
	}

	/**
	 * The posted form; {@code search} is set when the administrator looked units up
	 * instead of saving.
	 */
	record UserFormData(String username, String displayName, String email, String password, Set<Role> roles,
			Long unitId, Boolean enabled, Integer version, String unitQuery, String search, Boolean wholeSystem) {

		boolean wholeSystemChosen() {
			return Boolean.TRUE.equals(this.wholeSystem);
		}

		/**
		 * The unit is chosen, never assumed: a unit, or (by an administrator of the whole
		 * system) "the whole system" ticked, not both.
		 */
		void checkUnitChosen(SignedInUser administrator) {
			if (administrator.scopeUnitId() != null) {
				return;
			}
			if (this.unitId == null && !wholeSystemChosen()) {
				throw new UserChangeRejectedException("unitId", "users.error.unitChoose");
			}
			if (this.unitId != null && wholeSystemChosen()) {
				throw new UserChangeRejectedException("unitId", "users.error.unitOrWholeSystem");
			}
		}

		UserForm toForm() {
			return new UserForm(this.username, this.displayName, this.email, this.password,
					(this.roles != null) ? this.roles : Set.of(), this.unitId, Boolean.TRUE.equals(this.enabled),
					this.version);
		}

		boolean searchRequested() {
			return this.search != null;
		}

	}

}
