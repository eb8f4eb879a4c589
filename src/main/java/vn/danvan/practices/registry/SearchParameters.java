package vn.danvan.practices.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import vn.danvan.practices.PracticeKind;
import vn.danvan.practices.PracticeStatus;
import vn.danvan.practices.PracticeSubject;
import vn.danvan.practices.RecognitionLevel;
import vn.danvan.shared.errors.InvalidRequestException;

/**
 * Reads the list's filter parameters (pages, export and API alike); a value that cannot
 * be read is a {@link InvalidQueryException}.
 */
final class SearchParameters {

	private SearchParameters() {
	}

	static PracticeSearch search(Map<String, String> p) {
		return new PracticeSearch(number(p, "unit"), !"false".equalsIgnoreCase(p.get("below")), text(p, "field"),
				text(p, "targetGroup"), value(p, "kind", PracticeKind.class),
				value(p, "subject", PracticeSubject.class), value(p, "status", PracticeStatus.class),
				value(p, "level", RecognitionLevel.class), year(p), text(p, "q"), date(p, "registeredFrom"),
				date(p, "registeredTo"), bool(p, "effective"), date(p, "recognisedFrom"), date(p, "recognisedTo"),
				bool(p, "proposed"),
				(text(p, "sort") != null) ? value(p, "sort", PracticeSearch.Sort.class) : PracticeSearch.Sort.NEWEST,
				page(p));
	}

	private static String text(Map<String, String> p, String name) {
		String value = p.get(name);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static Long number(Map<String, String> p, String name) {
		String value = text(p, name);
		if (value == null) {
			return null;
		}
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new InvalidQueryException(name, value);
		}
	}

	private static Integer year(Map<String, String> p) {
		Long year = number(p, "year");
		if (year != null && (year < 2000 || year > 2200)) {
			throw new InvalidQueryException("year", String.valueOf(year));
		}
		return (year != null) ? year.intValue() : null;
	}

	private static int page(Map<String, String> p) {
		Long page = number(p, "page");
		if (page != null && (page < 0 || page > 100000)) {
			throw new InvalidQueryException("page", String.valueOf(page));
		}
		return (page != null) ? page.intValue() : 0;
	}

	private static Boolean bool(Map<String, String> p, String name) {
		String value = text(p, name);
		if (value == null) {
			return null;
		}
		if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
			throw new InvalidQueryException(name, value);
		}
		return Boolean.valueOf(value);
	}

	private static LocalDate date(Map<String, String> p, String name) {
		String value = text(p, name);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidQueryException(name, value);
		}
	}

	private static <E extends Enum<E>> E value(Map<String, String> p, String name, Class<E> type) {
		String value = text(p, name);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidQueryException(name, value);
		}
	}

	/**
	 * A list parameter that cannot be read (400, {@code practices.error.parameter}).
	 */
	static class InvalidQueryException extends InvalidRequestException {

		private final String value;

		InvalidQueryException(String parameter, String value) {
			super(parameter, "practices.error.parameter", parameter, value);
			this.value = value;
		}

		String value() {
			return this.value;
		}

	}

}
