package vn.danvan.reporting;

import vn.danvan.reporting.catalogue.SectionRejectedException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.danvan.reporting.catalogue.CatalogueDefinition.IndicatorDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.RuleDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.SectionDefinition;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.errors.InvalidRequestException;

/**
 * Turns the catalogue's definitions into what {@link Catalogue} keeps: codes and texts
 * cleaned, the breakdown, percentage parts, bounds and rules' indicators looked up by
 * code, a template's sections with their indicators, each refusal naming what cannot be
 * kept ({@code InvalidRequestException}; a section's refusal says its position).
 */
final class CatalogueDefinitions {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");

	private final CatalogueRepository repository;

	CatalogueDefinitions(CatalogueRepository repository) {
		this.repository = repository;
	}

	Indicator indicatorFrom(long id, IndicatorDefinition d) {
		String code = code(d.code());
		String name = text(d.name(), "reporting.error.nameRequired");
		if (d.valueType() == null) {
			throw new InvalidRequestException(null, "reporting.error.valueTypeRequired");
		}
		Aggregation aggregation = (d.aggregation() != null) ? d.aggregation() : Aggregation.SUM;
		ValueType type = d.valueType();
		if (!type.numeric() && type != ValueType.BOOLEAN && aggregation != Aggregation.NONE) {
			throw new InvalidRequestException(null, "reporting.error.textNotAggregated", code);
		}
		Long breakdownId = null;
		if (d.breakdown() != null && !d.breakdown().isBlank()) {
			if (type == ValueType.PERCENTAGE) {
				throw new InvalidRequestException(null, "reporting.error.percentageBreakdown", code);
			}
			breakdownId = this.repository.breakdownId(d.breakdown())
				.orElseThrow(
						() -> new InvalidRequestException(null, "reporting.error.unknownBreakdown", d.breakdown()));
		}
		Long numeratorId = null;
		Long denominatorId = null;
		if (type == ValueType.PERCENTAGE) {
			numeratorId = part(d.numerator(), code);
			denominatorId = part(d.denominator(), code);
			if (numeratorId.equals(denominatorId)) {
				throw new InvalidRequestException(null, "reporting.error.percentageParts", code);
			}
		}
		else if ((d.numerator() != null && !d.numerator().isBlank())
				|| (d.denominator() != null && !d.denominator().isBlank())) {
			throw new InvalidRequestException(null, "reporting.error.partsOnlyForPercentage", code);
		}
		BigDecimal min = d.minValue();
		BigDecimal max = d.maxValue();
		if (type == ValueType.INTEGER && min == null) {
			min = BigDecimal.ZERO;
		}
		if (min != null && max != null && min.compareTo(max) > 0) {
			throw new InvalidRequestException(null, "reporting.error.rangeInverted", code);
		}
		if ((min != null || max != null) && !type.numeric()) {
			throw new InvalidRequestException(null, "reporting.error.rangeNotNumeric", code);
		}
		return new Indicator(id, code, name, (d.unitOfMeasure() != null) ? VietnameseText.clean(d.unitOfMeasure()) : "",
				type, aggregation, breakdownId, numeratorId, denominatorId, Boolean.TRUE.equals(d.required()), min, max,
				(d.description() != null) ? VietnameseText.clean(d.description()) : "", 0);
	}

	private Long part(String code, String percentage) {
		if (code == null || code.isBlank()) {
			throw new InvalidRequestException(null, "reporting.error.percentageParts", percentage);
		}
		Indicator part = this.repository.indicatorByCode(code)
			.orElseThrow(() -> new InvalidRequestException(null, "reporting.error.unknownIndicator", code));
		if (!part.valueType().numeric() || part.valueType() == ValueType.PERCENTAGE) {
			throw new InvalidRequestException(null, "reporting.error.percentageParts", percentage);
		}
		return part.id();
	}

	Rule ruleFrom(RuleDefinition d) {
		if (d.kind() == null) {
			throw new InvalidRequestException(null, "reporting.error.ruleKind");
		}
		Indicator indicator = this.repository.indicatorByCode(d.indicator())
			.orElseThrow(() -> new InvalidRequestException(null, "reporting.error.unknownIndicator", d.indicator()));
		Long other = null;
		if (d.kind() == Rule.Kind.NOT_GREATER_THAN) {
			Indicator o = this.repository.indicatorByCode(d.otherIndicator())
				.orElseThrow(() -> new InvalidRequestException(null, "reporting.error.unknownIndicator",
						d.otherIndicator()));
			if (o.id() == indicator.id() || !o.valueType().numeric() || !indicator.valueType().numeric()) {
				throw new InvalidRequestException(null, "reporting.error.ruleIndicators", indicator.code());
			}
			other = o.id();
		}
		else if (d.threshold() == null || d.threshold().signum() <= 0) {
			throw new InvalidRequestException(null, "reporting.error.ruleThreshold");
		}
		Rule.Severity severity = (d.severity() != null) ? d.severity()
				: (d.kind() == Rule.Kind.CHANGE_WARNING) ? Rule.Severity.WARNING : Rule.Severity.ERROR;
		return new Rule(0, d.kind(), severity, indicator.id(), other, d.threshold(),
				(d.message() != null) ? VietnameseText.clean(d.message()) : "");
	}

	List<Section> sectionsFrom(List<SectionDefinition> definitions) {
		if (definitions == null || definitions.isEmpty()) {
			throw new InvalidRequestException(null, "reporting.error.templateEmpty");
		}
		List<Section> sections = new ArrayList<>();
		Set<Long> used = new LinkedHashSet<>();
		for (SectionDefinition d : definitions) {
			try {
				sections.add(sectionFrom(d, sections.size(), used));
			}
			catch (InvalidRequestException ex) {
				throw new SectionRejectedException(sections.size(), ex);
			}
		}
		for (Section section : sections) {
			for (Long id : section.indicatorIds()) {
				Indicator indicator = this.repository.indicator(id).orElseThrow();
				if (indicator.valueType() == ValueType.PERCENTAGE
						&& (!used.contains(indicator.numeratorId()) || !used.contains(indicator.denominatorId()))) {
					throw new SectionRejectedException(section.position(), new InvalidRequestException(null,
							"reporting.error.percentagePartsMissing", indicator.code()));
				}
			}
		}
		return sections;
	}

	private Section sectionFrom(SectionDefinition d, int position, Set<Long> used) {
		if (d == null) {
			throw new InvalidRequestException(null, "reporting.error.sectionTitleRequired");
		}
		String title = text(d.title(), "reporting.error.sectionTitleRequired");
		int depth = (d.depth() != null) ? d.depth() : 1;
		if (depth < 0 || depth > 3) {
			throw new InvalidRequestException(null, "reporting.error.sectionDepth", title);
		}
		List<Long> indicatorIds = new ArrayList<>();
		for (String code : (d.indicators() != null) ? d.indicators() : List.<String>of()) {
			String wanted = (code != null) ? code.strip().toUpperCase(java.util.Locale.ROOT) : "";
			Indicator indicator = this.repository.indicatorByCode(wanted)
				.orElseThrow(() -> new InvalidRequestException(null, "reporting.error.unknownIndicator", wanted));
			if (!used.add(indicator.id())) {
				throw new InvalidRequestException(null, "reporting.error.indicatorTwice", code);
			}
			indicatorIds.add(indicator.id());
		}
		return new Section(0, position, depth, (d.label() != null) ? VietnameseText.clean(d.label()) : "", title,
				(d.guidance() != null) ? d.guidance().strip() : "", Boolean.TRUE.equals(d.narrative()), indicatorIds);
	}

	static String code(String code) {
		String clean = (code != null) ? code.strip().toUpperCase(java.util.Locale.ROOT) : "";
		if (!CODE.matcher(clean).matches()) {
			throw new InvalidRequestException(null, "reporting.error.code", (code != null) ? code : "");
		}
		return clean;
	}

	static String text(String text, String messageKey) {
		String clean = VietnameseText.clean(text);
		if (clean == null || clean.isEmpty()) {
			throw new InvalidRequestException(null, messageKey);
		}
		return clean;
	}

	static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> names, String messageKey) {
		Set<E> values = EnumSet.noneOf(type);
		for (String name : (names != null) ? names : List.<String>of()) {
			try {
				values.add(Enum.valueOf(type, name.strip()));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidRequestException(null, messageKey, name);
			}
		}
		return values;
	}

}
