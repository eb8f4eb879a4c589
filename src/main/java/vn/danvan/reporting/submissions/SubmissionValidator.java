package vn.danvan.reporting.submissions;

import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Indicator;
import vn.danvan.reporting.Rule;
import vn.danvan.reporting.Section;
import vn.danvan.reporting.TemplateStructure;
import vn.danvan.reporting.ValueType;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.danvan.shared.text.VietnameseNumbers;

/**
 * Reads typed values into a submission's content and checks it against the template's
 * rules. Value checks (type, size, range) refuse a save; completeness and cross-field
 * rules refuse a submission; changes far from the previous period only warn.
 */
public final class SubmissionValidator {

	public static final int MAX_TEXT = 2000;

	static final int MAX_NARRATIVE = 100_000;

	private SubmissionValidator() {
	}

	/**
	 * The content after applying the given values (a blank value clears the cell). Values
	 * are numbers, booleans or text as typed ({@code 1.234}, {@code 1,5}, {@code có}).
	 * @throws SubmissionInvalidException listing every value that cannot be kept
	 */
	public static SubmissionContent apply(TemplateStructure structure, SubmissionContent current, Map<String, ?> values,
			Map<Long, String> narratives) {
		return apply(structure, current, values, narratives, java.util.Set.of());
	}

	/**
	 * As {@link #apply(TemplateStructure, SubmissionContent, Map, Map)}, refusing any
	 * value that would change one of the {@code computed} cells (filled by the system,
	 * never by hand); a computed cell sent with the value it already holds is left as it
	 * is.
	 * @throws SubmissionInvalidException listing every value that cannot be kept
	 */
	public static SubmissionContent apply(TemplateStructure structure, SubmissionContent current, Map<String, ?> values,
			Map<Long, String> narratives, java.util.Set<String> computed) {
		return apply(structure, current, values, narratives, computed, false);
	}

	/**
	 * As {@link #apply(TemplateStructure, SubmissionContent, Map, Map, java.util.Set)};
	 * with {@code keepRaw}, a value typed into a cell that cannot be read as its value (a
	 * word in a number cell, a negative count, a value out of bounds…) is kept as the raw
	 * text of that cell instead of refusing the save: a draft keeps what was typed, and
	 * {@link #check} makes it an error that blocks the hand-in. Unknown cells, computed
	 * cells, texts and narratives too long are refused all the same.
	 * @throws SubmissionInvalidException listing every value that cannot be kept
	 */
	public static SubmissionContent apply(TemplateStructure structure, SubmissionContent current, Map<String, ?> values,
			Map<Long, String> narratives, java.util.Set<String> computed, boolean keepRaw) {
		Map<String, BigDecimal> numbers = new LinkedHashMap<>(current.numbers());
		Map<String, String> texts = new LinkedHashMap<>(current.texts());
		Map<Long, String> bodies = new LinkedHashMap<>(current.narratives());
		Map<String, String> raw = new LinkedHashMap<>(current.raw());
		List<FieldIssue> issues = new ArrayList<>();
		// What a draft keeps as raw text: listed too when the save is refused for
		// something else.
		List<FieldIssue> kept = new ArrayList<>();
		Map<String, TemplateStructure.Cell> cells = structure.cellsByKey();
		values.forEach((key, value) -> {
			TemplateStructure.Cell cell = cells.get(key);
			if (cell == null) {
				issues.add(FieldIssue.error(key, "reporting.invalid.unknownField", key));
				return;
			}
			Indicator indicator = cell.indicator();
			String typed = (value == null) ? null : String.valueOf(value).strip();
			boolean blank = value == null || typed.isEmpty();
			if (computed.contains(key)) {
				if (!sameAsStored(current.numbers().get(key), blank ? null : number(value), blank)) {
					issues.add(FieldIssue.error(key, "reporting.invalid.computedCell", indicator.name()));
				}
				return;
			}
			if (!indicator.valueType().entered()) {
				if (!blank) {
					issues.add(FieldIssue.error(key, "reporting.invalid.computed", indicator.name()));
				}
				return;
			}
			numbers.remove(key);
			texts.remove(key);
			raw.remove(key);
			if (blank) {
				return;
			}
			FieldIssue issue = read(key, indicator, value, typed, numbers, texts);
			if (issue == null) {
				return;
			}
			if (keepRaw && indicator.valueType() != ValueType.TEXT && typed.length() <= MAX_TEXT) {
				raw.put(key, typed);
				kept.add(issue);
			}
			else {
				issues.add(issue);
			}
		});
		narratives.forEach((sectionId, body) -> {
			Section section = structure.section(sectionId);
			String key = TemplateStructure.narrativeKey(sectionId);
			if (section == null || !section.narrative()) {
				issues.add(FieldIssue.error(key, "reporting.invalid.unknownField", key));
			}
			else if (body != null && body.length() > MAX_NARRATIVE) {
				issues.add(FieldIssue.error(key, "reporting.invalid.textTooLong", MAX_NARRATIVE));
			}
			else if (body == null || body.isBlank()) {
				bodies.remove(sectionId);
			}
			else {
				bodies.put(sectionId, body.strip());
			}
		});
		if (!issues.isEmpty()) {
			List<FieldIssue> all = new ArrayList<>(kept);
			all.addAll(issues);
			throw new SubmissionInvalidException("reporting.error.invalidValues", all);
		}
		return new SubmissionContent(numbers, texts, bodies, raw);
	}

	/**
	 * Reads one typed value into {@code numbers} or {@code texts}.
	 * @return why it cannot be kept, or {@code null} when it was read
	 */
	private static FieldIssue read(String key, Indicator indicator, Object value, String typed,
			Map<String, BigDecimal> numbers, Map<String, String> texts) {
		switch (indicator.valueType()) {
			case TEXT -> {
				if (typed.length() > MAX_TEXT) {
					return FieldIssue.error(key, "reporting.invalid.textTooLong", MAX_TEXT);
				}
				texts.put(key, typed);
				return null;
			}
			case BOOLEAN -> {
				Boolean yes = yesNo(value);
				if (yes == null) {
					return FieldIssue.error(key, "reporting.invalid.yesNo");
				}
				numbers.put(key, yes ? BigDecimal.ONE : BigDecimal.ZERO);
				return null;
			}
			default -> {
				BigDecimal number = number(value);
				if (number == null) {
					return FieldIssue.error(key, "reporting.invalid.notANumber", typed);
				}
				if (number.abs().compareTo(Catalogue.LARGEST) > 0) {
					return FieldIssue.error(key, "reporting.invalid.tooLarge");
				}
				if (indicator.valueType() == ValueType.INTEGER && number.stripTrailingZeros().scale() > 0) {
					return FieldIssue.error(key, "reporting.invalid.notWhole", typed);
				}
				number = number
					.setScale(Math.min(Math.max(number.stripTrailingZeros().scale(), 0), 4), RoundingMode.HALF_UP)
					.stripTrailingZeros();
				FieldIssue range = range(key, indicator, number);
				if (range != null) {
					return range;
				}
				numbers.put(key, number);
				return null;
			}
		}
	}

	/**
	 * Everything that stands in the way of submitting (errors) and what deserves a second
	 * look (warnings).
	 */
	public static List<FieldIssue> check(TemplateStructure structure, SubmissionContent content,
			SubmissionContent previous) {
		List<FieldIssue> issues = new ArrayList<>();
		for (Section section : structure.sections()) {
			for (Long indicatorId : section.indicatorIds()) {
				Indicator indicator = structure.indicator(indicatorId);
				List<String> keys = keys(structure, indicator);
				for (String key : keys) {
					BigDecimal number = content.numbers().get(key);
					if (number != null) {
						FieldIssue range = range(key, indicator, number);
						if (range != null) {
							issues.add(range);
						}
					}
					String typed = content.raw().get(key);
					if (typed != null) {
						issues.add(rawIssue(key, indicator, typed));
					}
				}
				if (indicator.required() && indicator.valueType().entered()
						&& keys.stream()
							.noneMatch((k) -> content.numbers().containsKey(k) || content.texts().containsKey(k)
									|| content.raw().containsKey(k))) {
					issues.add(FieldIssue.error(keys.get(0), "reporting.invalid.required", indicator.name()));
				}
				if (indicator.valueType() == ValueType.PERCENTAGE) {
					BigDecimal percentage = percentage(structure, indicator, content);
					if (percentage != null && indicator.maxValue() != null
							&& percentage.compareTo(indicator.maxValue()) > 0) {
						issues.add(FieldIssue.error(indicator.code(), "reporting.invalid.percentageTooHigh",
								indicator.name(), VietnameseNumbers.format(percentage),
								VietnameseNumbers.format(indicator.maxValue()),
								structure.indicator(indicator.numeratorId()).name(),
								structure.indicator(indicator.denominatorId()).name()));
					}
				}
			}
		}
		for (Rule rule : structure.rules()) {
			Indicator indicator = structure.indicator(rule.indicatorId());
			BigDecimal value = total(structure, indicator, content);
			if (rule.kind() == Rule.Kind.NOT_GREATER_THAN) {
				Indicator other = structure.indicator(rule.otherIndicatorId());
				BigDecimal limit = total(structure, other, content);
				if (value != null && limit != null && value.compareTo(limit) > 0) {
					issues.add(new FieldIssue(keys(structure, indicator).get(0), rule.severity(),
							"reporting.invalid.notGreaterThan", List.of(indicator.name(),
									VietnameseNumbers.format(value), other.name(), VietnameseNumbers.format(limit))));
				}
			}
			else if (previous != null) {
				BigDecimal before = total(structure, indicator, previous);
				if (value != null && before != null && before.signum() != 0) {
					BigDecimal change = value.subtract(before)
						.multiply(BigDecimal.valueOf(100))
						.divide(before.abs(), MathContext.DECIMAL64)
						.setScale(1, RoundingMode.HALF_UP);
					if (change.abs().compareTo(rule.threshold()) > 0) {
						issues.add(new FieldIssue(keys(structure, indicator).get(0), rule.severity(),
								"reporting.invalid.farFromPrevious",
								List.of(indicator.name(), VietnameseNumbers.format(before),
										VietnameseNumbers.format(change.abs()),
										new DefaultMessageSourceResolvable((change.signum() > 0)
												? "reporting.invalid.up" : "reporting.invalid.down"))));
					}
				}
			}
		}
		return issues;
	}

	/**
	 * The total of an indicator over its breakdown items ({@code null} when no cell has a
	 * value); a percentage is computed from its parts.
	 */
	public static BigDecimal total(TemplateStructure structure, Indicator indicator, SubmissionContent content) {
		if (indicator.valueType() == ValueType.PERCENTAGE) {
			return percentage(structure, indicator, content);
		}
		BigDecimal sum = null;
		for (String key : keys(structure, indicator)) {
			BigDecimal value = content.numbers().get(key);
			if (value != null) {
				sum = (sum == null) ? value : sum.add(value);
			}
		}
		return sum;
	}

	static BigDecimal percentage(TemplateStructure structure, Indicator indicator, SubmissionContent content) {
		BigDecimal numerator = total(structure, structure.indicator(indicator.numeratorId()), content);
		BigDecimal denominator = total(structure, structure.indicator(indicator.denominatorId()), content);
		if (numerator == null || denominator == null || denominator.signum() == 0) {
			return null;
		}
		return numerator.multiply(BigDecimal.valueOf(100))
			.divide(denominator, 1, RoundingMode.HALF_UP)
			.stripTrailingZeros();
	}

	public static List<String> keys(TemplateStructure structure, Indicator indicator) {
		List<TemplateStructure.Item> items = structure.items(indicator);
		if (items.isEmpty()) {
			return List.of(indicator.code());
		}
		return items.stream().map((item) -> TemplateStructure.key(indicator, item.code())).toList();
	}

	private static FieldIssue range(String key, Indicator indicator, BigDecimal number) {
		if (indicator.minValue() != null && number.compareTo(indicator.minValue()) < 0) {
			return (indicator.minValue().signum() == 0)
					? FieldIssue.error(key, "reporting.invalid.negative", indicator.name())
					: FieldIssue.error(key, "reporting.invalid.belowMin", indicator.name(),
							VietnameseNumbers.format(indicator.minValue()));
		}
		if (indicator.maxValue() != null && number.compareTo(indicator.maxValue()) > 0) {
			return FieldIssue.error(key, "reporting.invalid.aboveMax", indicator.name(),
					VietnameseNumbers.format(indicator.maxValue()));
		}
		return null;
	}

	/**
	 * Why the text kept in a draft's cell cannot be handed in: what it said when it was
	 * typed.
	 */
	private static FieldIssue rawIssue(String key, Indicator indicator, String typed) {
		FieldIssue issue = read(key, indicator, typed, typed, new LinkedHashMap<>(), new LinkedHashMap<>());
		return (issue != null) ? issue : FieldIssue.error(key, "reporting.invalid.notANumber", typed);
	}

	private static boolean sameAsStored(BigDecimal stored, BigDecimal sent, boolean blank) {
		if (blank) {
			return stored == null;
		}
		return stored != null && sent != null && stored.compareTo(sent) == 0;
	}

	private static BigDecimal number(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof Integer || value instanceof Long || value instanceof Short) {
			return BigDecimal.valueOf(((Number) value).longValue());
		}
		if (value instanceof Number number) {
			double d = number.doubleValue();
			return (Double.isFinite(d)) ? new BigDecimal(number.toString()) : null;
		}
		try {
			return VietnameseNumbers.parse(String.valueOf(value));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Boolean yesNo(Object value) {
		if (value instanceof Boolean b) {
			return b;
		}
		String text = String.valueOf(value).strip().toLowerCase(Locale.ROOT);
		return switch (text) {
			case "true", "1", "có", "co", "x", "yes" -> true;
			case "false", "0", "không", "khong", "no" -> false;
			default -> null;
		};
	}

}
