package vn.danvan.analytics;

import java.util.Locale;

import vn.danvan.shared.errors.InvalidRequestException;

/**
 * Which reports a figure adds up: approved ones only, or every handed-in one (submitted
 * and approved).
 */
public enum Inclusion {

	APPROVED("A", "approved"), SUBMITTED("S", "submitted");

	private final String code;

	private final String parameter;

	Inclusion(String code, String parameter) {
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
		return "analytics.inclusion." + name();
	}

	/**
	 * Reads {@code approved} or {@code submitted}; blank means submitted and approved.
	 * @throws vn.danvan.shared.errors.InvalidRequestException for anything else
	 */
	public static Inclusion parse(String value) {
		if (value == null || value.isBlank()) {
			return SUBMITTED;
		}
		for (Inclusion inclusion : values()) {
			if (inclusion.parameter.equals(value.trim().toLowerCase(Locale.ROOT))) {
				return inclusion;
			}
		}
		throw new InvalidRequestException("inclusion", "analytics.error.inclusion", value);
	}

}
