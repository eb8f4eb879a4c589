package vn.danvan.analytics;

import java.util.Locale;

import vn.danvan.shared.errors.InvalidRequestException;

/**
 * How history is shown: as the tree was on the period's date, or in today's structure
 * (figures of units that merged added up under what they became).
 */
public enum View {

	AS_WAS("A", "as-was"), CURRENT("C", "current");

	private final String code;

	private final String parameter;

	View(String code, String parameter) {
		this.code = code;
		this.parameter = parameter;
	}

	String code() {
		return this.code;
	}

	public String parameter() {
		return this.parameter;
	}

	public String messageKey() {
		return "analytics.view." + name();
	}

	/**
	 * Reads {@code as-was} or {@code current}; blank means as it was.
	 * @throws vn.danvan.shared.errors.InvalidRequestException for anything else
	 */
	public static View parse(String value) {
		if (value == null || value.isBlank()) {
			return AS_WAS;
		}
		for (View view : values()) {
			if (view.parameter.equals(value.trim().toLowerCase(Locale.ROOT))) {
				return view;
			}
		}
		throw new InvalidRequestException("view", "analytics.error.view", value);
	}

}
