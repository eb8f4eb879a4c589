package vn.danvan.reporting.catalogue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.danvan.reporting.Aggregation;
import vn.danvan.reporting.Indicator;
import vn.danvan.reporting.Rule;
import vn.danvan.reporting.Section;
import vn.danvan.reporting.TemplateStructure;
import vn.danvan.reporting.PeriodType;
import vn.danvan.reporting.ValueType;
import vn.danvan.units.UnitKind;
import vn.danvan.units.UnitLevel;

/**
 * The catalogue as the API writes it: everything refers to everything else by code, as in
 * a {@code CatalogueDefinition}, so that what is read can be sent back.
 */
final class CatalogueJson {

	private CatalogueJson() {
	}

	static BigDecimal plain(BigDecimal number) {
		return (number != null) ? new BigDecimal(number.toPlainString()) : null;
	}

	static Map<Long, String> indicatorCodes(List<Indicator> indicators) {
		return indicators.stream().collect(Collectors.toMap(Indicator::id, Indicator::code));
	}

	static Map<Long, Breakdown> breakdownsById(List<Breakdown> breakdowns) {
		return breakdowns.stream().collect(Collectors.toMap(Breakdown::id, Function.identity()));
	}

	/**
	 * An indicator: its breakdown and the parts of a percentage by code; {@code version}
	 * is what a change sends back.
	 */
	record IndicatorJson(long id, String code, String name, String unitOfMeasure, ValueType valueType,
			Aggregation aggregation, String breakdown, String numerator, String denominator, boolean required,
			BigDecimal minValue, BigDecimal maxValue, String description, int version) {

		static IndicatorJson of(Indicator i, Map<Long, String> codes, Map<Long, Breakdown> breakdowns) {
			return new IndicatorJson(i.id(), i.code(), i.name(), i.unitOfMeasure(), i.valueType(), i.aggregation(),
					(i.breakdownId() != null) ? breakdowns.get(i.breakdownId()).code() : null,
					(i.numeratorId() != null) ? codes.get(i.numeratorId()) : null,
					(i.denominatorId() != null) ? codes.get(i.denominatorId()) : null, i.required(),
					plain(i.minValue()), plain(i.maxValue()), i.description(), i.version());
		}

	}

	/**
	 * A change of an indicator: everything but its code, with the version it was read at.
	 */
	record IndicatorChange(String name, String unitOfMeasure, ValueType valueType, Aggregation aggregation,
			String breakdown, String numerator, String denominator, Boolean required, BigDecimal minValue,
			BigDecimal maxValue, String description, Integer version) {
	}

	static List<PeriodType> periodTypesOf(Template template) {
		return Arrays.stream(PeriodType.values()).filter(template.periodTypes()::contains).toList();
	}

	/**
	 * A template; {@code periodTypes} empty: for any period type.
	 */
	record TemplateJson(long id, String code, String name, String description, int latestVersion, boolean latestFrozen,
			List<PeriodType> periodTypes) {

		static TemplateJson of(Template t) {
			return new TemplateJson(t.id(), t.code(), t.name(), t.description(), t.latestVersion(), t.latestFrozen(),
					periodTypesOf(t));
		}

	}

	/**
	 * A template version: who reports, its sections in order with their indicators, and
	 * the rules between those indicators.
	 */
	record StructureJson(long id, String code, String name, String description, int version, boolean frozen,
			List<Integer> versions, List<UnitLevel> levels, List<UnitKind> kinds, List<SectionJson> sections,
			List<RuleJson> rules, List<PeriodType> periodTypes) {

		static StructureJson of(TemplateStructure s, List<Integer> versions) {
			Map<Long, String> codes = s.indicators()
				.values()
				.stream()
				.collect(Collectors.toMap(Indicator::id, Indicator::code));
			List<SectionJson> sections = s.sections().stream().map((section) -> SectionJson.of(section, s)).toList();
			List<RuleJson> rules = s.rules()
				.stream()
				.map((r) -> new RuleJson(r.kind(), r.severity(), codes.get(r.indicatorId()),
						(r.otherIndicatorId() != null) ? codes.get(r.otherIndicatorId()) : null, plain(r.threshold()),
						r.message()))
				.toList();
			return new StructureJson(s.template().id(), s.template().code(), s.template().name(),
					s.template().description(), s.version(), s.frozen(), versions,
					Arrays.stream(UnitLevel.values()).filter(s.levels()::contains).toList(),
					Arrays.stream(UnitKind.values()).filter(s.kinds()::contains).toList(), sections, rules,
					periodTypesOf(s.template()));
		}

	}

	record SectionJson(long id, int depth, String label, String title, String guidance, boolean narrative,
			List<SectionIndicatorJson> indicators) {

		static SectionJson of(Section section, TemplateStructure s) {
			return new SectionJson(section.id(), section.depth(), section.label(), section.title(), section.guidance(),
					section.narrative(), section.indicatorIds().stream().map((id) -> {
						Indicator i = s.indicator(id);
						Breakdown b = (i.breakdownId() != null) ? s.breakdowns().get(i.breakdownId()) : null;
						return new SectionIndicatorJson(i.code(), i.name(), i.unitOfMeasure(), i.valueType(),
								i.aggregation(), i.required(), plain(i.minValue()), plain(i.maxValue()),
								(i.numeratorId() != null) ? s.indicator(i.numeratorId()).code() : null,
								(i.denominatorId() != null) ? s.indicator(i.denominatorId()).code() : null,
								(b != null) ? b.code() : null, (b != null) ? b.items() : List.of());
					}).toList());
		}

	}

	record SectionIndicatorJson(String code, String name, String unitOfMeasure, ValueType valueType,
			Aggregation aggregation, boolean required, BigDecimal minValue, BigDecimal maxValue, String numerator,
			String denominator, String breakdown, List<Breakdown.Item> items) {
	}

	record RuleJson(Rule.Kind kind, Rule.Severity severity, String indicator, String otherIndicator,
			BigDecimal threshold, String message) {
	}

}
