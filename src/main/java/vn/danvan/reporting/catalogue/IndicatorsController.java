package vn.danvan.reporting.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.reporting.Aggregation;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.catalogue.CatalogueDefinition.IndicatorDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.RuleDefinition;
import vn.danvan.reporting.Indicator;
import vn.danvan.reporting.Rule;
import vn.danvan.reporting.ValueType;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.text.VietnameseNumbers;
import vn.danvan.shared.errors.DanvanException;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.errors.NotFoundException;

/**
 * The indicators of the catalogue: list with search, create, edit, and the validation
 * rules of an indicator. For administrators and commission officers.
 */
@Controller
@RequestMapping("/reporting/indicators")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','COMMISSION_OFFICER')")
class IndicatorsController {

	static final String LIST_VIEW = "reporting/indicators";

	static final String FORM_VIEW = "reporting/indicator-form";

	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("reporting.error.code", "code"),
			Map.entry("reporting.error.indicatorExists", "code"), Map.entry("reporting.error.nameRequired", "name"),
			Map.entry("reporting.error.valueTypeRequired", "valueType"),
			Map.entry("reporting.error.textNotAggregated", "aggregation"),
			Map.entry("reporting.error.percentageBreakdown", "breakdown"),
			Map.entry("reporting.error.unknownBreakdown", "breakdown"),
			Map.entry("reporting.error.percentageParts", "numerator"),
			Map.entry("reporting.error.partsOnlyForPercentage", "numerator"),
			Map.entry("reporting.error.rangeInverted", "maxValue"),
			Map.entry("reporting.error.rangeNotNumeric", "minValue"));

	private static final Map<String, String> RULE_FIELDS = Map.of("reporting.error.ruleKind", "kind",
			"reporting.error.ruleIndicators", "otherIndicator", "reporting.error.unknownIndicator", "otherIndicator",
			"reporting.error.ruleThreshold", "threshold");

	private final Catalogue catalogue;

	IndicatorsController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	String listIndicators(@RequestParam(name = "q", required = false) String q, Model model) {
		List<Indicator> indicators = this.catalogue.indicators(q);
		Map<Long, Breakdown> breakdowns = breakdownsById();
		Map<Long, Indicator> all = (q == null || q.isBlank()) ? byId(indicators)
				: byId(this.catalogue.indicators(null));
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("indicators", indicators.stream().map((i) -> IndicatorRow.of(i, breakdowns, all)).toList());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String newIndicator(Model model) {
		model.addAttribute("form", IndicatorForm.empty());
		return FORM_VIEW;
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal ScopedUser user, @ModelAttribute("form") IndicatorForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		IndicatorDefinition definition = definition(form, errors);
		if (!errors.hasErrors()) {
			try {
				Indicator created = this.catalogue.defineIndicator(user, definition);
				redirect.addFlashAttribute("successKey", "reporting.catalogue.indicator.created");
				return "redirect:/reporting/indicators/" + created.id() + "/edit";
			}
			catch (DanvanException ex) {
				reject(errors, ex, form);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return FORM_VIEW;
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Indicator indicator = this.catalogue.indicator(id);
		model.addAttribute("form", formOf(indicator));
		model.addAttribute("ruleForm", RuleForm.empty());
		addIndicator(model, indicator);
		return FORM_VIEW;
	}

	@PostMapping("/{id}/edit")
	String change(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@ModelAttribute("form") IndicatorForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Indicator indicator = this.catalogue.indicator(id);
		IndicatorDefinition definition = definition(form, errors);
		if (form.version() == null) {
			errors.reject("reporting.catalogue.error.versionRequired");
		}
		if (!errors.hasErrors()) {
			try {
				this.catalogue.changeIndicator(user, id, form.version(), definition);
				redirect.addFlashAttribute("successKey", "reporting.catalogue.indicator.changed");
				return "redirect:/reporting/indicators/" + id + "/edit";
			}
			catch (DanvanException ex) {
				if (ex instanceof ForbiddenException || ex instanceof NotFoundException) {
					throw ex;
				}
				reject(errors, ex, form);
			}
		}
		response.setStatus(errors.getGlobalErrors()
			.stream()
			.anyMatch((e) -> "reporting.error.indicatorChanged".equals(e.getCode())) ? HttpStatus.CONFLICT.value()
					: HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("ruleForm", RuleForm.empty());
		addIndicator(model, indicator);
		return FORM_VIEW;
	}

	@PostMapping("/{id}/rules")
	String addRule(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@ModelAttribute("ruleForm") RuleForm ruleForm, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Indicator indicator = this.catalogue.indicator(id);
		Rule.Kind kind = enumOrNull(Rule.Kind.class, ruleForm.kind());
		BigDecimal threshold = (kind == Rule.Kind.CHANGE_WARNING)
				? CatalogueFormErrors.number(errors, "threshold", ruleForm.threshold()) : null;
		if (!errors.hasErrors()) {
			try {
				this.catalogue.defineRule(user,
						new RuleDefinition(kind, enumOrNull(Rule.Severity.class, ruleForm.severity()), indicator.code(),
								(kind == Rule.Kind.NOT_GREATER_THAN) ? ruleForm.otherIndicator() : null, threshold,
								ruleForm.message()));
				redirect.addFlashAttribute("successKey", "reporting.catalogue.rule.created");
				return "redirect:/reporting/indicators/" + id + "/edit#rules";
			}
			catch (DanvanException ex) {
				if (ex instanceof ForbiddenException) {
					throw ex;
				}
				CatalogueFormErrors.reject(errors, ex, RULE_FIELDS);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("form", formOf(indicator));
		addIndicator(model, indicator);
		return FORM_VIEW;
	}

	@PostMapping("/{id}/rules/{ruleId}/delete")
	String deleteRule(@AuthenticationPrincipal ScopedUser user, @PathVariable long id, @PathVariable long ruleId,
			RedirectAttributes redirect) {
		boolean ownRule = this.catalogue.rulesOf(id).stream().anyMatch((r) -> r.id() == ruleId);
		if (!ownRule) {
			throw new NotFoundException("reporting.error.notFound");
		}
		this.catalogue.deleteRule(user, ruleId);
		redirect.addFlashAttribute("successKey", "reporting.catalogue.rule.deleted");
		return "redirect:/reporting/indicators/" + id + "/edit#rules";
	}

	@ModelAttribute
	void addChoices(Model model) {
		model.addAttribute("valueTypes", ValueType.values());
		model.addAttribute("aggregations", Aggregation.values());
		model.addAttribute("breakdowns", this.catalogue.breakdowns());
		model.addAttribute("ruleKinds", Rule.Kind.values());
		model.addAttribute("severities", Rule.Severity.values());
	}

	private void addIndicator(Model model, Indicator indicator) {
		List<Indicator> all = this.catalogue.indicators(null);
		Map<Long, Indicator> byId = byId(all);
		model.addAttribute("indicator", indicator);
		model.addAttribute("others",
				all.stream().filter((i) -> i.id() != indicator.id() && i.valueType().numeric()).toList());
		model.addAttribute("rules",
				this.catalogue.rulesOf(indicator.id())
					.stream()
					.map((r) -> new RuleRow(r, (r.otherIndicatorId() != null) ? byId.get(r.otherIndicatorId()) : null,
							VietnameseNumbers.format(r.threshold())))
					.toList());
	}

	/**
	 * The indicators a percentage may be computed from: numbers that are not themselves
	 * percentages.
	 */
	@ModelAttribute("parts")
	List<Indicator> parts() {
		return this.catalogue.indicators(null)
			.stream()
			.filter((i) -> i.valueType().numeric() && i.valueType() != ValueType.PERCENTAGE)
			.toList();
	}

	private IndicatorDefinition definition(IndicatorForm form, BindingResult errors) {
		BigDecimal min = CatalogueFormErrors.number(errors, "minValue", form.minValue());
		BigDecimal max = CatalogueFormErrors.number(errors, "maxValue", form.maxValue());
		ValueType type = enumOrNull(ValueType.class, form.valueType());
		boolean percentage = type == ValueType.PERCENTAGE;
		return new IndicatorDefinition(form.code(), form.name(), form.unitOfMeasure(), type,
				enumOrNull(Aggregation.class, form.aggregation()), form.breakdown(),
				percentage ? form.numerator() : null, percentage ? form.denominator() : null,
				Boolean.TRUE.equals(form.required()), min, max, form.description());
	}

	private static void reject(BindingResult errors, DanvanException ex, IndicatorForm form) {
		if ("reporting.error.unknownIndicator".equals(ex.messageKey())) {
			String field = CatalogueFormErrors.argumentIs(ex, form.denominator())
					&& !CatalogueFormErrors.argumentIs(ex, form.numerator()) ? "denominator" : "numerator";
			errors.rejectValue(field, ex.messageKey(), ex.arguments(), null);
			return;
		}
		CatalogueFormErrors.reject(errors, ex, FIELDS);
	}

	private IndicatorForm formOf(Indicator i) {
		Map<Long, Indicator> all = byId(this.catalogue.indicators(null));
		Map<Long, Breakdown> breakdowns = breakdownsById();
		return new IndicatorForm(i.code(), i.name(), i.unitOfMeasure(), i.valueType().name(), i.aggregation().name(),
				(i.breakdownId() != null) ? breakdowns.get(i.breakdownId()).code() : "", code(all, i.numeratorId()),
				code(all, i.denominatorId()), i.required(), VietnameseNumbers.format(i.minValue()),
				VietnameseNumbers.format(i.maxValue()), i.description(), i.version());
	}

	private Map<Long, Breakdown> breakdownsById() {
		return this.catalogue.breakdowns().stream().collect(Collectors.toMap(Breakdown::id, Function.identity()));
	}

	private static Map<Long, Indicator> byId(List<Indicator> indicators) {
		return indicators.stream().collect(Collectors.toMap(Indicator::id, Function.identity()));
	}

	private static String code(Map<Long, Indicator> all, Long id) {
		return (id != null && all.containsKey(id)) ? all.get(id).code() : "";
	}

	static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, name.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * A row of the list: the breakdown's name, the bounds as "0 – 100", the parts of a
	 * percentage as "A / B".
	 */
	record IndicatorRow(Indicator indicator, String breakdown, String bounds, String parts) {

		static IndicatorRow of(Indicator i, Map<Long, Breakdown> breakdowns, Map<Long, Indicator> all) {
			String breakdown = (i.breakdownId() != null && breakdowns.containsKey(i.breakdownId()))
					? breakdowns.get(i.breakdownId()).name() : "";
			String parts = (i.numeratorId() != null) ? code(all, i.numeratorId()) + " / " + code(all, i.denominatorId())
					: "";
			return new IndicatorRow(i, breakdown, bounds(i.minValue(), i.maxValue()), parts);
		}

		static String bounds(BigDecimal min, BigDecimal max) {
			if (min != null && max != null) {
				return VietnameseNumbers.format(min) + " – " + VietnameseNumbers.format(max);
			}
			if (min != null) {
				return "≥ " + VietnameseNumbers.format(min);
			}
			if (max != null) {
				return "≤ " + VietnameseNumbers.format(max);
			}
			return "";
		}

	}

	/**
	 * A rule on the indicator's page, with the indicator it compares to.
	 */
	record RuleRow(Rule rule, Indicator other, String threshold) {
	}

}
