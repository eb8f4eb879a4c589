package vn.danvan.reporting;

/**
 * How an indicator adds up over the units below.
 */
public enum Aggregation {

	SUM, AVERAGE, MINIMUM, MAXIMUM, NONE;

	public String messageKey() {
		return "reporting.aggregation." + name();
	}

}
