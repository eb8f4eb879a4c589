package vn.danvan.practices.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.practices.Practice;
import vn.danvan.practices.PracticeKind;
import vn.danvan.practices.PracticeStatus;
import vn.danvan.practices.PracticeSubject;
import vn.danvan.practices.RecognitionLevel;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

/**
 * "Dân vận khéo": the list of models and exemplary persons of the user's subtree with its
 * filters and XLSX export, a practice with its history, the registration form, and the
 * steps of its life (start, evaluation, recognition, replication, end).
 */
@Controller
class PracticesController {

	static final String LIST_VIEW = "practices/list";

	static final String FORM_VIEW = "practices/form";

	static final String SHOW_VIEW = "practices/practice";

	static final int EXPORT_LIMIT = 20000;

	private static final Set<String> FIELDS = Set.of("name", "kind", "subject", "ownerUnitId", "fields", "targetGroups",
			"theme", "registeredOn", "startedOn", "description", "methods", "results", "moneyMobilised", "workDays",
			"householdsHelped", "roadKm");

	private final PracticeRegistry registry;

	private final UnitNames unitNames;

	private final Units units;

	private final MessageSource messages;

	private final UnitScope scope;

	PracticesController(PracticeRegistry registry, UnitNames unitNames, Units units, MessageSource messages,
			UnitScope scope) {
		this.registry = registry;
		this.scope = scope;
		this.unitNames = unitNames;
		this.units = units;
		this.messages = messages;
	}

	@ModelAttribute("kinds")
	PracticeKind[] kinds() {
		return PracticeKind.values();
	}

	@ModelAttribute("subjects")
	PracticeSubject[] subjects() {
		return PracticeSubject.values();
	}

	@ModelAttribute("statuses")
	PracticeStatus[] statuses() {
		return PracticeStatus.values();
	}

	@ModelAttribute("levels")
	RecognitionLevel[] levels() {
		return RecognitionLevel.values();
	}

	@GetMapping("/practices")
	String list(@AuthenticationPrincipal ScopedUser user, @RequestParam Map<String, String> parameters,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		PracticeSearch search;
		try {
			search = SearchParameters.search(parameters);
		}
		catch (SearchParameters.InvalidQueryException ex) {
			model.addAttribute("queryError", ex.parameter());
			search = PracticeSearch.all();
		}
		PracticeRepository.Page page = this.registry.search(user, search);
		model.addAttribute("search", search);
		model.addAttribute("page", page);
		model.addAttribute("pages", (int) Math.ceil(page.total() / (double) PracticeSearch.PAGE_SIZE));
		model.addAttribute("unitNames", this.unitNames.of(page.practices()));
		model.addAttribute("optionNames", optionNames());
		model.addAttribute("query", parameters);
		options(model);
		if (htmx != null) {
			return LIST_VIEW + " :: results";
		}
		model.addAttribute("unitChoices", unitChoices(user, search.unit()));
		return LIST_VIEW;
	}

	@GetMapping("/practices/export.xlsx")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal ScopedUser user,
			@RequestParam Map<String, String> parameters, Locale locale) {
		PracticeSearch search = SearchParameters.search(parameters);
		List<Practice> practices = this.registry.all(user, search, EXPORT_LIMIT);
		byte[] workbook = PracticeExport.write(practices, this.unitNames.of(practices), optionNames(), this.messages,
				locale);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(PracticeExport.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mo-hinh-dan-van-kheo.xlsx").build().toString())
			.body(workbook);
	}

	@GetMapping("/practices/new")
	String newPractice(@AuthenticationPrincipal ScopedUser user, Model model) {
		model.addAttribute("form", PracticeForm.empty(UnitScope.today()));
		return form(user, model, null);
	}

	@PostMapping("/practices/new")
	String register(@AuthenticationPrincipal ScopedUser user, @ModelAttribute("form") PracticeForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				Practice created = this.registry.register(user, form);
				redirect.addFlashAttribute("successKey", "practices.registered");
				return "redirect:/practices/" + created.id().value();
			}
			catch (PracticeRejectedException ex) {
				reject(errors, ex, model);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(user, model, null);
	}

	@GetMapping("/practices/{id:\\d+}")
	String show(@AuthenticationPrincipal ScopedUser user, @PathVariable long id, Model model) {
		Practice practice = this.registry.get(user, id);
		List<Step> history = this.registry.history(user, id);
		List<Evaluation> evaluations = this.registry.evaluations(user, id);
		List<Long> ids = new ArrayList<>();
		ids.add(practice.ownerUnitId());
		history.stream().filter((s) -> s.unitId() != null).forEach((s) -> ids.add(s.unitId()));
		evaluations.forEach((e) -> ids.add(e.evaluatorUnitId()));
		model.addAttribute("practice", practice);
		model.addAttribute("history", history);
		model.addAttribute("evaluations", evaluations);
		model.addAttribute("unitNames", this.unitNames.ofIds(ids));
		model.addAttribute("optionNames", optionNames());
		model.addAttribute("canEdit", this.registry.canEdit(user, practice));
		Unit assessing = this.registry.assessingUnit(user, practice).orElse(null);
		model.addAttribute("assessingUnit", assessing);
		model.addAttribute("assessingLevel", (assessing != null) ? RecognitionLevel.of(assessing.level()) : null);
		model.addAttribute("lastEndedYear", UnitScope.today().getYear() - 1);
		model.addAttribute("grades", Evaluation.Grade.values());
		return SHOW_VIEW;
	}

	@GetMapping("/practices/{id:\\d+}/edit")
	String edit(@AuthenticationPrincipal ScopedUser user, @PathVariable long id, Model model) {
		Practice p = this.registry.get(user, id);
		model.addAttribute("form",
				new PracticeForm(p.name(), p.kind(), p.subject(), p.ownerUnitId(), p.fields(), p.targetGroups(),
						p.theme(), p.registeredOn(), p.startedOn(), p.description(), p.methods(), p.results(),
						p.moneyMobilised(), p.workDays(), p.householdsHelped(), p.roadKm(), false, p.version()));
		return form(user, model, p);
	}

	@PostMapping("/practices/{id:\\d+}/edit")
	String change(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@ModelAttribute("form") PracticeForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Practice practice = this.registry.get(user, id);
		if (!errors.hasErrors()) {
			try {
				this.registry.change(user, id, form);
				redirect.addFlashAttribute("successKey", "practices.changed");
				return "redirect:/practices/" + id;
			}
			catch (PracticeRejectedException ex) {
				reject(errors, ex, model);
			}
			catch (PracticeConflictException ex) {
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("conflict", ex);
				model.addAttribute("practice", practice);
				return form(user, model, this.registry.get(user, id));
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(user, model, practice);
	}

	@PostMapping("/practices/{id:\\d+}/start")
	String start(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@ModelAttribute Assessment.StepForm form, RedirectAttributes redirect) {
		return act(id, redirect, "practices.started", () -> this.registry.start(user, id, form));
	}

	@PostMapping("/practices/{id:\\d+}/evaluate")
	String evaluate(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@ModelAttribute Assessment.EvaluationForm form, RedirectAttributes redirect) {
		return act(id, redirect, "practices.evaluated", () -> this.registry.evaluate(user, id, form));
	}

	@PostMapping("/practices/{id:\\d+}/recognise")
	String recognise(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@ModelAttribute Assessment.RecognitionForm form, RedirectAttributes redirect) {
		return act(id, redirect, "practices.recognised", () -> this.registry.recognise(user, id, form));
	}

	@PostMapping("/practices/{id:\\d+}/replicate")
	String replicate(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@ModelAttribute Assessment.StepForm form, RedirectAttributes redirect) {
		return act(id, redirect, "practices.replicated", () -> this.registry.replicate(user, id, form));
	}

	@PostMapping("/practices/{id:\\d+}/end")
	String end(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@ModelAttribute Assessment.StepForm form, RedirectAttributes redirect) {
		return act(id, redirect, "practices.ended", () -> this.registry.end(user, id, form));
	}

	private String act(long id, RedirectAttributes redirect, String successKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("successKey", successKey);
		}
		catch (PracticeRejectedException ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
			redirect.addFlashAttribute("errorArguments", ex.arguments());
		}
		return "redirect:/practices/" + id;
	}

	private void reject(BindingResult errors, PracticeRejectedException ex, Model model) {
		if (ex.duplicate()) {
			model.addAttribute("duplicate", true);
		}
		if (ex.field() != null && FIELDS.contains(ex.field())) {
			errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		else {
			errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
		}
	}

	private String form(ScopedUser user, Model model, Practice practice) {
		model.addAttribute("practice", practice);
		options(model);
		if (user.scopeUnitId() != null) {
			model.addAttribute("ownerName",
					this.unitNames.ofIds(List.of((practice != null) ? practice.ownerUnitId() : user.scopeUnitId()))
						.values()
						.iterator()
						.next());
		}
		else {
			model.addAttribute("ownerChoices",
					this.units.roots(UnitScope.today())
						.stream()
						.flatMap((root) -> this.units.children(root.id(), UnitScope.today()).stream())
						.toList());
		}
		return FORM_VIEW;
	}

	private void options(Model model) {
		model.addAttribute("fieldOptions", this.registry.options(PracticeOption.FIELD));
		model.addAttribute("groupOptions", this.registry.options(PracticeOption.TARGET_GROUP));
		model.addAttribute("themeOptions", this.registry.options(PracticeOption.THEME));
	}

	private Map<String, String> optionNames() {
		Map<String, String> names = new LinkedHashMap<>();
		this.registry.allOptions().forEach((o) -> names.put(o.code(), o.name()));
		return names;
	}

	private List<Unit> unitChoices(ScopedUser user, Long selected) {
		java.time.LocalDate today = UnitScope.today();
		List<Unit> choices = new ArrayList<>();
		Long root = user.scopeUnitId();
		if (root != null) {
			this.units.find(root, today).ifPresent(choices::add);
			choices.addAll(this.units.children(root, today));
		}
		else if (user.administrator()) {
			for (Unit top : this.units.roots(today)) {
				choices.add(top);
				choices.addAll(this.units.children(top.id(), today));
			}
		}
		if (selected != null && choices.stream().noneMatch((u) -> u.id() == selected)
				&& this.scope.canSee(user, selected)) {
			this.units.find(selected, today).ifPresent(choices::add);
		}
		return choices;
	}

}
