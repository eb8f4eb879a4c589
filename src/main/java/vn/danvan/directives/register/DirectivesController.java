package vn.danvan.directives.register;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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

import vn.danvan.directives.actions.ActionMatrix;
import vn.danvan.directives.Directive;
import vn.danvan.directives.DirectiveActions;
import vn.danvan.directives.DirectiveForm;
import vn.danvan.directives.DirectiveMentions;
import vn.danvan.directives.DirectiveStatus;
import vn.danvan.directives.DirectiveType;
import vn.danvan.directives.Directives;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.units.UnitScope;
import vn.danvan.shared.errors.ConflictException;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.errors.InvalidRequestException;
import vn.danvan.shared.errors.RejectedException;

/**
 * "Văn bản chỉ đạo": search the register, open a directive with its files, actions,
 * overdue units and mentions; officers register, change and remove directives and add
 * files.
 */
@Controller
class DirectivesController {

	static final String LIST_VIEW = "directives/list";

	static final String FORM_VIEW = "directives/form";

	static final String SHOW_VIEW = "directives/directive";

	static final String DELETE_VIEW = "directives/delete";

	static final int OVERDUE_SHOWN = 50;

	private static final Set<String> FIELDS = Set.of("type", "symbol", "issuedOn", "issuer", "summary", "fields",
			"status", "replacedById", "name");

	private final Directives directives;

	private final DirectiveActions actions;

	private final DirectiveMentions mentions;

	private final UnitScope scope;

	DirectivesController(Directives directives, DirectiveActions actions, DirectiveMentions mentions, UnitScope scope) {
		this.directives = directives;
		this.actions = actions;
		this.mentions = mentions;
		this.scope = scope;
	}

	@ModelAttribute("types")
	DirectiveType[] types() {
		return DirectiveType.values();
	}

	@GetMapping("/directives")
	String search(@AuthenticationPrincipal ScopedUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String type, @RequestParam(required = false) String issuer,
			@RequestParam(required = false) String year,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		DirectiveSearch search;
		try {
			search = SearchParameters.search(q, type, issuer, year);
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("queryError", ex.messageKey());
			search = DirectiveSearch.all();
		}
		model.addAttribute("search", search);
		model.addAttribute("directives", this.directives.search(user, search));
		if (htmx != null) {
			return LIST_VIEW + " :: results";
		}
		model.addAttribute("tasks", this.actions.tasks(user));
		return LIST_VIEW;
	}

	@GetMapping("/directives/new")
	@PreAuthorize(DirectivesApiController.OFFICERS)
	String newDirective(@AuthenticationPrincipal ScopedUser user, @RequestParam(required = false) String type,
			@RequestParam(required = false) String symbol, @RequestParam(required = false) String name, Model model) {
		DirectiveType prefilled = null;
		try {
			prefilled = SearchParameters.type(type);
		}
		catch (InvalidRequestException ex) {
			// an unknown type is left for the officer to choose
		}
		model.addAttribute("form", new DirectiveForm(prefilled, symbol, null, null, null, null,
				DirectiveStatus.IN_FORCE, null, null, name));
		return form(user, model, null);
	}

	@PostMapping("/directives/new")
	@PreAuthorize(DirectivesApiController.OFFICERS)
	String register(@AuthenticationPrincipal ScopedUser user, @ModelAttribute("form") DirectiveForm form,
			BindingResult errors, @RequestParam(name = "file", required = false) List<MultipartFile> files, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		if (!errors.hasErrors()) {
			try {
				List<Upload> uploads = new ArrayList<>();
				if (files != null) {
					for (MultipartFile file : files) {
						Upload upload = Uploads.of(file);
						if (upload != null) {
							uploads.add(upload);
						}
					}
				}
				Directive created = this.directives.register(user, form, uploads, request.getRemoteAddr());
				redirect.addFlashAttribute("successKey", "directives.registered");
				return "redirect:/directives/" + created.id();
			}
			catch (RejectedException ex) {
				FormErrors.reject(errors, ex, FIELDS);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(user, model, null);
	}

	@GetMapping("/directives/{id:\\d+}")
	String show(@AuthenticationPrincipal ScopedUser user, @PathVariable long id, Model model) {
		Directive directive = this.directives.get(user, id);
		ActionMatrix matrix = this.actions.matrix(user, id, null, 0);
		model.addAttribute("directive", directive);
		model.addAttribute("attachments", this.directives.attachments(user, id));
		model.addAttribute("progress", matrix.totals());
		model.addAttribute("overdue", matrix.overdue().stream().limit(OVERDUE_SHOWN).toList());
		model.addAttribute("overdueCount", matrix.overdue().size());
		model.addAttribute("mentions", this.mentions.ofDirective(user, directive));
		model.addAttribute("mayChange", this.directives.canChange(user, directive));
		model.addAttribute("aliases", this.directives.aliases(user, id));
		return SHOW_VIEW;
	}

	@GetMapping("/directives/{id:\\d+}/edit")
	@PreAuthorize(DirectivesApiController.OFFICERS)
	String edit(@AuthenticationPrincipal ScopedUser user, @PathVariable long id, Model model) {
		Directive d = changeable(user, id);
		model.addAttribute("form", formOf(d));
		model.addAttribute("aliasesText", String.join("\n", this.directives.aliases(user, id)));
		return form(user, model, d);
	}

	/**
	 * The other names of a directive, one a line, from its edit page; refused as a whole
	 * (the message beside the field) for an empty, too long or repeated alias.
	 */
	@PostMapping("/directives/{id:\\d+}/aliases")
	@PreAuthorize(DirectivesApiController.OFFICERS)
	String changeAliases(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String aliases, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		Directive directive = changeable(user, id);
		List<String> lines = aliases.lines().filter((line) -> !line.isBlank()).toList();
		try {
			this.directives.changeAliases(user, id, lines, request.getRemoteAddr());
			redirect.addFlashAttribute("successKey", "directives.aliases.changed");
			return "redirect:/directives/" + id;
		}
		catch (RejectedException ex) {
			model.addAttribute("form", formOf(directive));
			model.addAttribute("aliasesText", aliases);
			model.addAttribute("aliasesErrorKey", ex.messageKey());
			model.addAttribute("aliasesErrorArguments", ex.arguments());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(user, model, directive);
		}
	}

	private static DirectiveForm formOf(Directive d) {
		return new DirectiveForm(d.type(), d.symbol(), d.issuedOn(), d.issuer(), d.summary(), d.fields(), d.status(),
				d.replacedById(), d.version(), d.name());
	}

	@PostMapping("/directives/{id:\\d+}/edit")
	@PreAuthorize(DirectivesApiController.OFFICERS)
	String change(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@ModelAttribute("form") DirectiveForm form, BindingResult errors, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		Directive directive = changeable(user, id);
		if (!errors.hasErrors()) {
			try {
				this.directives.change(user, id, form, request.getRemoteAddr());
				redirect.addFlashAttribute("successKey", "directives.changed");
				return "redirect:/directives/" + id;
			}
			catch (ConflictException ex) {
				FormErrors.reject(errors, ex, FIELDS);
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("aliasesText", String.join("\n", this.directives.aliases(user, id)));
				return form(user, model, directive);
			}
			catch (RejectedException ex) {
				FormErrors.reject(errors, ex, FIELDS);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("aliasesText", String.join("\n", this.directives.aliases(user, id)));
		return form(user, model, directive);
	}

	@GetMapping("/directives/{id:\\d+}/delete")
	@PreAuthorize(DirectivesApiController.OFFICERS)
	String confirmRemove(@AuthenticationPrincipal ScopedUser user, @PathVariable long id, Model model) {
		model.addAttribute("directive", changeable(user, id));
		return DELETE_VIEW;
	}

	@PostMapping("/directives/{id:\\d+}/delete")
	@PreAuthorize(DirectivesApiController.OFFICERS)
	String remove(@AuthenticationPrincipal ScopedUser user, @PathVariable long id, HttpServletRequest request,
			RedirectAttributes redirect) {
		try {
			this.directives.remove(user, id, request.getRemoteAddr());
			redirect.addFlashAttribute("successKey", "directives.removed");
			return "redirect:/directives";
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
			return "redirect:/directives/" + id;
		}
	}

	@PostMapping("/directives/{id:\\d+}/attachments")
	@PreAuthorize(DirectivesApiController.OFFICERS)
	String addAttachment(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file, HttpServletRequest request,
			RedirectAttributes redirect) throws IOException {
		try {
			this.directives.addAttachment(user, id, Uploads.of(file), request.getRemoteAddr());
			redirect.addFlashAttribute("successKey", "directives.attachment.added");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
			redirect.addFlashAttribute("errorArguments", ex.arguments());
		}
		return "redirect:/directives/" + id;
	}

	@GetMapping("/directives/attachments/{attachmentId:\\d+}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal ScopedUser user, @PathVariable long attachmentId) {
		return Uploads.download(this.directives.attachment(user, attachmentId, this.scope));
	}

	/**
	 * The directive, when the user may change it: 404 when it cannot be seen, 403 when it
	 * is seen but not the user's to change.
	 */
	private Directive changeable(ScopedUser user, long id) {
		Directive directive = this.directives.get(user, id);
		if (!this.directives.canChange(user, directive)) {
			throw new ForbiddenException("directives.error.notYours");
		}
		return directive;
	}

	private String form(ScopedUser user, Model model, Directive directive) {
		model.addAttribute("directive", directive);
		model.addAttribute("statuses", DirectiveStatus.values());
		model.addAttribute("successors",
				this.directives.visible(user)
					.stream()
					.filter((d) -> directive == null || d.id() != directive.id())
					.toList());
		return FORM_VIEW;
	}

}
