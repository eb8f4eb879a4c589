package vn.danvan.reporting.catalogue;

import java.math.BigDecimal;
import java.util.List;
import vn.danvan.reporting.ValueType;
import vn.danvan.reporting.Rule;
import vn.danvan.reporting.Aggregation;

/**
 * Breakdowns, indicators, rules and templates as written in a definition file or sent to
 * the API; everything refers to everything else by code. The default templates are one
 * such file ({@code reporting/default-catalogue.json}).
 */
public record CatalogueDefinition(List<BreakdownDefinition> breakdowns, List<IndicatorDefinition> indicators,
		List<RuleDefinition> rules, List<TemplateDefinition> templates) {

	public CatalogueDefinition {
		breakdowns = (breakdowns != null) ? breakdowns : List.of();
		indicators = (indicators != null) ? indicators : List.of();
		rules = (rules != null) ? rules : List.of();
		templates = (templates != null) ? templates : List.of();
	}

	public record BreakdownDefinition(String code, String name, List<ItemDefinition> items) {
	}

	public record ItemDefinition(String code, String name) {
	}

	public record IndicatorDefinition(String code, String name, String unitOfMeasure, ValueType valueType,
			Aggregation aggregation, String breakdown, String numerator, String denominator, Boolean required,
			BigDecimal minValue, BigDecimal maxValue, String description) {
	}

	public record RuleDefinition(Rule.Kind kind, Rule.Severity severity, String indicator, String otherIndicator,
			BigDecimal threshold, String message) {
	}

	/**
	 * A template: who reports with it ({@code levels}, {@code kinds}) and, when given,
	 * the period types it is meant for ({@code periodTypes}; none or {@code null}: any
	 * type).
	 */
	public record TemplateDefinition(String code, String name, String description, List<String> levels,
			List<String> kinds, List<SectionDefinition> sections, List<String> periodTypes) {

		public TemplateDefinition(String code, String name, String description, List<String> levels, List<String> kinds,
				List<SectionDefinition> sections) {
			this(code, name, description, levels, kinds, sections, null);
		}

	}

	public record SectionDefinition(Integer depth, String label, String title, String guidance, Boolean narrative,
			List<String> indicators) {
	}

}
