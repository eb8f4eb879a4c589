package vn.danvan.directives.register;

import java.util.Locale;

import vn.danvan.directives.ActionStatus;
import vn.danvan.directives.DirectiveType;
import vn.danvan.shared.errors.InvalidRequestException;

/**
 * Reads the search and filter parameters of the pages and the API; a value that cannot be
 * read is an {@link InvalidRequestException}.
 */
public final class SearchParameters {

	private SearchParameters() {
	}

	static DirectiveSearch search(String q, String type, String issuer, String year) {
		return new DirectiveSearch(blankToNull(q), type(type), blankToNull(issuer), year(year));
	}

	static DirectiveType type(String type) {
		if (type == null || type.isBlank()) {
			return null;
		}
		try {
			return DirectiveType.valueOf(type.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException("type", "directives.error.badType", type);
		}
	}

	static Integer year(String year) {
		if (year == null || year.isBlank()) {
			return null;
		}
		try {
			int value = Integer.parseInt(year.trim());
			if (value < 1930 || value > 2200) {
				throw new NumberFormatException();
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new InvalidRequestException("year", "directives.error.badYear", year);
		}
	}

	public static ActionStatus status(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return ActionStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException("status", "directives.error.badStatus", status);
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
