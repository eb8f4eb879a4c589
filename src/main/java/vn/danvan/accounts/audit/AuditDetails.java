package vn.danvan.accounts.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.MessageSource;

/**
 * The details of an audit line as a person reads them: a sentence of the action when it
 * has one ({@code audit.sentence.<ACTION>}, e.g. "Lưu phiên bản 7: 72 ô thay đổi, nhập
 * trên trang"), otherwise "Nhãn: giá trị; …" with the names of the fields
 * ({@code audit.detail.<key>}) and of the values ({@code audit.value.<key>.<value>}), and
 * what changed as a small before/after table ({@code before}, {@code after}).
 */
final class AuditDetails {

	/** The details each action's sentence takes, in the order of its arguments. */
	static final Map<String, List<String>> SENTENCES = Map.of("SUBMISSION_SAVED",
			List.of("version", "changes", "source"), "PERIOD_OPENED", List.of("template", "version", "units"),
			"UNITS_IMPORTED", List.of("unitsCreated", "successionsCreated", "warnings"), "REMINDERS_SENT",
			List.of("units"));

	private static final int LONGEST = 300;

	private AuditDetails() {
	}

	/**
	 * A change of one field.
	 */
	record Change(String field, String before, String after) {
	}

	/**
	 * What the page shows of an entry's details.
	 */
	record View(String text, List<Change> changes) {

		boolean isEmpty() {
			return (this.text == null || this.text.isEmpty()) && this.changes.isEmpty();
		}

	}

	static View of(String action, Map<String, Object> details, MessageSource messages, Locale locale) {
		if (details == null || details.isEmpty()) {
			return new View("", List.of());
		}
		List<Change> changes = new ArrayList<>();
		Object before = details.get("before");
		Object after = details.get("after");
		if (before instanceof Map<?, ?> || after instanceof Map<?, ?>) {
			Map<?, ?> b = (before instanceof Map<?, ?> m) ? m : Map.of();
			Map<?, ?> a = (after instanceof Map<?, ?> m) ? m : Map.of();
			Set<Object> keys = new LinkedHashSet<>(b.keySet());
			keys.addAll(a.keySet());
			for (Object key : keys) {
				String was = value(String.valueOf(key), b.get(key), messages, locale);
				String is = value(String.valueOf(key), a.get(key), messages, locale);
				if (!Objects.equals(was, is)) {
					changes.add(new Change(label(String.valueOf(key), messages, locale), was, is));
				}
			}
		}
		List<String> sentenceKeys = SENTENCES.get(action);
		String sentence = (sentenceKeys != null && details.keySet().containsAll(sentenceKeys))
				? messages.getMessage("audit.sentence." + action,
						sentenceKeys.stream().map((k) -> (Object) value(k, details.get(k), messages, locale)).toArray(),
						null, locale)
				: null;
		List<String> parts = new ArrayList<>();
		details.forEach((key, v) -> {
			if (key.equals("before") && (v instanceof Map<?, ?>) || key.equals("after") && (v instanceof Map<?, ?>)) {
				return;
			}
			if (sentence != null && sentenceKeys.contains(key)) {
				return;
			}
			parts.add(label(key, messages, locale) + ": " + value(key, v, messages, locale));
		});
		parts.sort(null);
		StringBuilder text = new StringBuilder((sentence != null) ? sentence : "");
		if (!parts.isEmpty()) {
			text.append((text.length() > 0) ? " " : "").append(String.join("; ", parts)).append('.');
		}
		return new View(text.toString(), changes);
	}

	static String label(String key, MessageSource messages, Locale locale) {
		return messages.getMessage("audit.detail." + key, null, key, locale);
	}

	static String value(String key, Object value, MessageSource messages, Locale locale) {
		if (value == null) {
			return "—";
		}
		if (value instanceof Boolean yes) {
			return messages.getMessage(yes ? "audit.value.yes" : "audit.value.no", null, locale);
		}
		if (value instanceof Collection<?> values) {
			if (values.size() > 10) {
				return messages.getMessage("audit.value.many", new Object[] { values.size() }, locale);
			}
			return String.join(", ", values.stream().map((v) -> value(key, v, messages, locale)).toList());
		}
		if (value instanceof Map<?, ?> map) {
			List<String> parts = new ArrayList<>();
			map.forEach((k, v) -> parts.add(
					label(String.valueOf(k), messages, locale) + ": " + value(String.valueOf(k), v, messages, locale)));
			return String.join("; ", parts);
		}
		String text = String.valueOf(value);
		String named = messages.getMessage("audit.value." + key + "." + text, null, null, locale);
		if (named != null) {
			return named;
		}
		return (text.length() > LONGEST) ? text.substring(0, LONGEST) + "…" : text;
	}

}
