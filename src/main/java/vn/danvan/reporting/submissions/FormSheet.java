package vn.danvan.reporting.submissions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import vn.danvan.reporting.catalogue.Breakdown;
import vn.danvan.reporting.Indicator;
import vn.danvan.reporting.Section;
import vn.danvan.reporting.TemplateStructure;
import vn.danvan.reporting.ValueType;
import vn.danvan.shared.text.VietnameseNumbers;

/**
 * A report laid out for the form: sections in order, each with its narrative and the rows
 * of its table (indicator, breakdown items, computed totals and percentages), the values
 * shown as typed or stored, the previous period's beside them, and messages by cell.
 */
public record FormSheet(List<SheetSection> sections, Map<String, List<Message>> messages, int errorCount,
		int warningCount, List<Problem> problems) {

	static FormSheet of(TemplateStructure structure, SubmissionContent content, Map<String, String> typed,
			Map<Long, String> typedNarratives, SubmissionContent previous, List<FieldIssue> issues,
			MessageSource messageSource, Locale locale) {
		Map<String, List<Message>> messages = new LinkedHashMap<>();
		int errors = 0;
		int warnings = 0;
		for (FieldIssue issue : issues) {
			String text = messageSource.getMessage(issue.messageKey(), issue.arguments().toArray(), issue.messageKey(),
					locale);
			messages.computeIfAbsent(issue.field(), (k) -> new ArrayList<>()).add(new Message(issue.error(), text));
			if (issue.error()) {
				errors++;
			}
			else {
				warnings++;
			}
		}
		List<SheetSection> sections = new ArrayList<>();
		for (Section section : structure.sections()) {
			List<Row> rows = new ArrayList<>();
			int number = 0;
			for (Long indicatorId : section.indicatorIds()) {
				Indicator indicator = structure.indicator(indicatorId);
				String stt = String.valueOf(++number);
				Breakdown breakdown = (indicator.breakdownId() != null)
						? structure.breakdowns().get(indicator.breakdownId()) : null;
				if (indicator.valueType() == ValueType.PERCENTAGE) {
					rows.add(new Row(RowKind.PERCENTAGE, stt, indicator, indicator.code(), indicator.name(), "",
							percentage(structure, indicator, previous),
							structure.indicator(indicator.numeratorId()).code(),
							structure.indicator(indicator.denominatorId()).code()));
				}
				else if (breakdown != null) {
					rows.add(new Row(RowKind.TOTAL, stt, indicator, indicator.code(), indicator.name(), "",
							total(structure, indicator, previous), "", ""));
					for (Breakdown.Item item : breakdown.items()) {
						String key = TemplateStructure.key(indicator, item.code());
						rows.add(new Row(RowKind.CELL, "", indicator, key, item.name(), shown(content, typed, key),
								shown(previous, Map.of(), key), "", ""));
					}
				}
				else {
					rows.add(new Row(RowKind.CELL, stt, indicator, indicator.code(), indicator.name(),
							shown(content, typed, indicator.code()), shown(previous, Map.of(), indicator.code()), "",
							""));
				}
			}
			String narrative = typedNarratives.containsKey(section.id()) ? typedNarratives.get(section.id())
					: content.narratives().getOrDefault(section.id(), "");
			String previousNarrative = (previous != null) ? previous.narratives().getOrDefault(section.id(), "") : "";
			sections.add(new SheetSection(section, TemplateStructure.narrativeKey(section.id()), narrative,
					previousNarrative, rows));
		}
		return new FormSheet(sections, messages, errors, warnings, problems(structure, sections, messages));
	}

	/**
	 * Every message in the order of the form, errors first: what the officer reads in the
	 * list of problems, each with the element it points to.
	 */
	private static List<Problem> problems(TemplateStructure structure, List<SheetSection> sections,
			Map<String, List<Message>> messages) {
		List<Problem> inOrder = new ArrayList<>();
		java.util.Set<String> listed = new java.util.HashSet<>();
		for (SheetSection section : sections) {
			if (listed.add(section.narrativeKey())) {
				for (Message message : messages.getOrDefault(section.narrativeKey(), List.of())) {
					inOrder.add(new Problem("n-" + section.section().id(), section.section().heading(), message.text(),
							message.error()));
				}
			}
			for (Row row : section.rows()) {
				if (listed.add(row.key())) {
					String label = row.item() ? structure.label(row.key()) : row.label();
					for (Message message : messages.getOrDefault(row.key(), List.of())) {
						inOrder.add(new Problem("c-" + row.key(), label, message.text(), message.error()));
					}
				}
			}
		}
		messages.forEach((key, list) -> {
			if (!listed.contains(key)) {
				list.forEach((m) -> inOrder.add(new Problem("report-form", structure.label(key), m.text(), m.error())));
			}
		});
		List<Problem> problems = new ArrayList<>();
		inOrder.stream().filter(Problem::error).forEach(problems::add);
		inOrder.stream().filter((p) -> !p.error()).forEach(problems::add);
		return problems;
	}

	/**
	 * How many of the cells a person enters hold a value (computed cells, filled by the
	 * system, are not counted).
	 */
	public Progress progress(java.util.Set<String> computedKeys) {
		int cells = 0;
		int filled = 0;
		for (SheetSection section : this.sections) {
			for (Row row : section.rows()) {
				if (row.kind() == RowKind.CELL && !computedKeys.contains(row.key())) {
					cells++;
					if (!row.value().isBlank()) {
						filled++;
					}
				}
			}
		}
		return new Progress(filled, cells);
	}

	private static String shown(SubmissionContent content, Map<String, String> typed, String key) {
		if (typed.containsKey(key)) {
			return typed.get(key);
		}
		if (content == null) {
			return "";
		}
		BigDecimal number = content.numbers().get(key);
		if (number != null) {
			return VietnameseNumbers.format(number);
		}
		String text = content.texts().get(key);
		return (text != null) ? text : content.raw().getOrDefault(key, "");
	}

	private static String total(TemplateStructure structure, Indicator indicator, SubmissionContent content) {
		if (content == null) {
			return "";
		}
		BigDecimal sum = null;
		for (TemplateStructure.Item item : structure.items(indicator)) {
			BigDecimal value = content.numbers().get(TemplateStructure.key(indicator, item.code()));
			if (value != null) {
				sum = (sum == null) ? value : sum.add(value);
			}
		}
		return VietnameseNumbers.format(sum);
	}

	private static String percentage(TemplateStructure structure, Indicator indicator, SubmissionContent content) {
		if (content == null) {
			return "";
		}
		BigDecimal numerator = number(structure, structure.indicator(indicator.numeratorId()), content);
		BigDecimal denominator = number(structure, structure.indicator(indicator.denominatorId()), content);
		if (numerator == null || denominator == null || denominator.signum() == 0) {
			return "";
		}
		return VietnameseNumbers
			.format(numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 1, java.math.RoundingMode.HALF_UP))
				+ "%";
	}

	private static BigDecimal number(TemplateStructure structure, Indicator indicator, SubmissionContent content) {
		if (indicator.breakdownId() == null) {
			return content.numbers().get(indicator.code());
		}
		BigDecimal sum = null;
		for (TemplateStructure.Item item : structure.items(indicator)) {
			BigDecimal value = content.numbers().get(TemplateStructure.key(indicator, item.code()));
			if (value != null) {
				sum = (sum == null) ? value : sum.add(value);
			}
		}
		return sum;
	}

	public boolean hasPrevious() {
		return this.sections.stream()
			.anyMatch((s) -> !s.previousNarrative().isEmpty()
					|| s.rows().stream().anyMatch((r) -> !r.previous().isEmpty()));
	}

	public enum RowKind {

		/** A value a person enters. */
		CELL,
		/** The computed total of an indicator's breakdown items. */
		TOTAL,
		/** A percentage computed from two indicators. */
		PERCENTAGE

	}

	public record Row(RowKind kind, String number, Indicator indicator, String key, String label, String value,
			String previous, String numerator, String denominator) {

		public boolean item() {
			return this.kind == RowKind.CELL && this.number.isEmpty();
		}

		public String type() {
			return this.indicator.valueType().name();
		}

	}

	public record SheetSection(Section section, String narrativeKey, String narrative, String previousNarrative,
			List<Row> rows) {
	}

	public record Message(boolean error, String text) {
	}

	/**
	 * A message of the list of problems: the id of the element it is about, the cell's or
	 * section's name, the text.
	 */
	public record Problem(String target, String label, String text, boolean error) {
	}

	public record Progress(int filled, int cells) {
	}

}
