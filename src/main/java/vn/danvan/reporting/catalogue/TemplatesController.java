package vn.danvan.reporting.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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

import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.catalogue.CatalogueDefinition.SectionDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.TemplateDefinition;
import vn.danvan.reporting.Indicator;
import vn.danvan.reporting.Section;
import vn.danvan.reporting.TemplateStructure;
import vn.danvan.reporting.catalogue.TemplateForm.SectionRow;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.units.UnitKind;
import vn.danvan.units.UnitLevel;
import vn.danvan.shared.errors.ConflictException;
import vn.danvan.shared.errors.DanvanException;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.errors.InvalidRequestException;
import vn.danvan.shared.errors.NotFoundException;

/**
 * Report templates: the list, a version as the report reads, and the editor of the latest
 * version. A template is saved as a whole: saving replaces the latest version while no
 * period uses it, and makes a new version once one does.
 */
@Controller
@RequestMapping("/reporting/templates")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','COMMISSION_OFFICER')")
class TemplatesController {

	static final String LIST_VIEW = "reporting/templates";

	static final String SHOW_VIEW = "reporting/template";

	static final String EDITOR_VIEW = "reporting/template-editor";

	/** Blank rows offered under the sections, to fill without script. */
	static final int BLANK_ROWS = 2;

	private static final Map<String, String> FIELDS = Map.of("reporting.error.code", "code",
			"reporting.catalogue.error.templateExists", "code", "reporting.error.nameRequired", "name",
			"reporting.error.templateWhoReports", "levels", "reporting.error.unknownLevel", "levels",
			"reporting.error.unknownKind", "kinds");

	private final Catalogue catalogue;

	private final MessageSource messages;

	TemplatesController(Catalogue catalogue, MessageSource messages) {
		this.catalogue = catalogue;
		this.messages = messages;
	}

	@GetMapping
	String listTemplates(Model model) {
		model.addAttribute("templates", this.catalogue.templates());
		return LIST_VIEW;
	}

	@GetMapping("/{id}")
	String showTemplate(@PathVariable long id, @RequestParam(name = "version", required = false) Integer version,
			Model model) {
		Template template = this.catalogue.template(id);
		TemplateStructure structure = (version != null) ? this.catalogue.structure(id, version)
				: this.catalogue.structure(template.latestVersionId());
		model.addAttribute("template", template);
		model.addAttribute("structure", structure);
		model.addAttribute("versions", this.catalogue.versions(id));
		model.addAttribute("levels", sorted(structure.levels(), UnitLevel.values()));
		model.addAttribute("kinds", sorted(structure.kinds(), UnitKind.values()));
		return SHOW_VIEW;
	}

	@GetMapping("/new")
	String newTemplate(Model model) {
		List<SectionRow> rows = new ArrayList<>();
		rows.add(new SectionRow(0, "Phần thứ nhất", "", "", false, ""));
		addBlankRows(rows);
		model.addAttribute("form", new TemplateForm("", "", "", List.of(), List.of(), rows, null, null, null));
		return EDITOR_VIEW;
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal ScopedUser user, @ModelAttribute("form") TemplateForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (isRowAction(form.action())) {
			model.addAttribute("form", rearranged(form));
			return EDITOR_VIEW;
		}
		List<Integer> rowOfSection = new ArrayList<>();
		TemplateDefinition definition = definition(form.code(), form, rowOfSection);
		try {
			TemplateStructure created = this.catalogue.createTemplate(user, definition);
			redirect.addFlashAttribute("successKey", "reporting.catalogue.template.created");
			return "redirect:/reporting/templates/" + created.template().id();
		}
		catch (DanvanException ex) {
			if (ex instanceof ForbiddenException) {
				throw ex;
			}
			reject(errors, ex, rowOfSection, model);
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return EDITOR_VIEW;
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Template template = this.catalogue.template(id);
		TemplateStructure structure = this.catalogue.structure(template.latestVersionId());
		List<SectionRow> rows = new ArrayList<>();
		for (Section section : structure.sections()) {
			rows.add(new SectionRow(section.depth(), section.label(), section.title(), section.guidance(),
					section.narrative(),
					section.indicatorIds()
						.stream()
						.map((i) -> structure.indicator(i).code())
						.collect(Collectors.joining(", "))));
		}
		addBlankRows(rows);
		model.addAttribute("form",
				new TemplateForm(template.code(), template.name(), template.description(),
						structure.levels().stream().map(Enum::name).toList(),
						structure.kinds().stream().map(Enum::name).toList(), rows, template.latestVersion(),
						this.catalogue.rowVersion(template.latestVersionId()), null));
		model.addAttribute("template", template);
		return EDITOR_VIEW;
	}

	@PostMapping("/{id}/edit")
	String change(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@ModelAttribute("form") TemplateForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Template template = this.catalogue.template(id);
		model.addAttribute("template", template);
		if (isRowAction(form.action())) {
			model.addAttribute("form", rearranged(form));
			return EDITOR_VIEW;
		}
		List<Integer> rowOfSection = new ArrayList<>();
		TemplateDefinition definition = definition(template.code(), form, rowOfSection);
		try {
			if (form.version() == null || form.rowVersion() == null) {
				throw new InvalidRequestException(null, "reporting.catalogue.error.versionRequired");
			}
			TemplateStructure saved = this.catalogue.changeTemplate(user, id, form.version(), form.rowVersion(),
					definition);
			redirect.addFlashAttribute("successKey", (saved.version() > template.latestVersion())
					? "reporting.catalogue.template.newVersion" : "reporting.catalogue.template.saved");
			return "redirect:/reporting/templates/" + id;
		}
		catch (DanvanException ex) {
			if (ex instanceof ForbiddenException || ex instanceof NotFoundException) {
				throw ex;
			}
			reject(errors, ex, rowOfSection, model);
			response.setStatus((ex instanceof ConflictException) ? HttpStatus.CONFLICT.value()
					: HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return EDITOR_VIEW;
	}

	@ModelAttribute
	void addChoices(Model model) {
		model.addAttribute("allLevels", UnitLevel.values());
		model.addAttribute("allKinds", UnitKind.values());
		List<Indicator> indicators = this.catalogue.indicators(null);
		model.addAttribute("allIndicators", indicators);
		Map<String, Indicator> byCode = new LinkedHashMap<>();
		indicators.forEach((i) -> byCode.put(i.code(), i));
		model.addAttribute("indicatorsByCode", byCode);
	}

	private static TemplateDefinition definition(String code, TemplateForm form, List<Integer> rowOfSection) {
		List<SectionDefinition> sections = new ArrayList<>();
		for (int row = 0; row < form.sections().size(); row++) {
			SectionRow r = form.sections().get(row);
			if (r.isBlank()) {
				continue;
			}
			rowOfSection.add(row);
			sections.add(new SectionDefinition(r.depth(), r.label(), r.title(), r.guidance(),
					Boolean.TRUE.equals(r.narrative()), r.codes()));
		}
		return new TemplateDefinition(code, form.name(), form.description(), form.levels(), form.kinds(), sections);
	}

	private void reject(BindingResult errors, DanvanException ex, List<Integer> rowOfSection, Model model) {
		if (ex instanceof SectionRejectedException section && section.section() < rowOfSection.size()) {
			int row = rowOfSection.get(section.section());
			String message = this.messages
				.getMessage(new DefaultMessageSourceResolvable(new String[] { ex.messageKey() }, ex.arguments(),
						ex.messageKey()), LocaleContextHolder.getLocale());
			model.addAttribute("errorRow", row);
			model.addAttribute("errorRowMessage", message);
			errors.reject("reporting.catalogue.error.inRow", new Object[] { row + 1, message }, null);
			return;
		}
		CatalogueFormErrors.reject(errors, ex, FIELDS);
	}

	static boolean isRowAction(String action) {
		return action != null && (action.equals("add") || action.matches("(up|down|remove):\\d+"));
	}

	/**
	 * The rows after an add, move or remove button was pressed without script.
	 */
	static TemplateForm rearranged(TemplateForm form) {
		List<SectionRow> rows = new ArrayList<>(form.sections());
		String action = form.action();
		if (action.equals("add")) {
			rows.add(SectionRow.blank());
			return form.withSections(rows);
		}
		String[] parts = action.split(":");
		int row = Integer.parseInt(parts[1]);
		if (row >= rows.size()) {
			return form.withSections(rows);
		}
		switch (parts[0]) {
			case "up" -> {
				if (row > 0) {
					rows.add(row - 1, rows.remove(row));
				}
			}
			case "down" -> {
				if (row < rows.size() - 1) {
					rows.add(row + 1, rows.remove(row));
				}
			}
			default -> {
				rows.remove(row);
				if (rows.isEmpty()) {
					rows.add(SectionRow.blank());
				}
			}
		}
		return form.withSections(rows);
	}

	private static void addBlankRows(List<SectionRow> rows) {
		for (int n = 0; n < BLANK_ROWS; n++) {
			rows.add(SectionRow.blank());
		}
	}

	private static <E extends Enum<E>> List<E> sorted(java.util.Set<E> chosen, E[] all) {
		return java.util.Arrays.stream(all).filter(chosen::contains).toList();
	}

}
