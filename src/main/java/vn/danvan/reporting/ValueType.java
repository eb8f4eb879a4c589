package vn.danvan.reporting;

/**
 * How an indicator's value is entered and kept.
 */
public enum ValueType {

	INTEGER, DECIMAL, PERCENTAGE, BOOLEAN, TEXT;

	public boolean numeric() {
		return this == INTEGER || this == DECIMAL || this == PERCENTAGE;
	}

	/**
	 * True when a person types the value; percentages are computed from two other
	 * indicators.
	 */
	public boolean entered() {
		return this != PERCENTAGE;
	}

	public String messageKey() {
		return "reporting.valueType." + name();
	}

}
