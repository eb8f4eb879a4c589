package vn.danvan.reporting.catalogue;

/**
 * A rule added on an indicator's page: compared with another indicator, or a warning when
 * the value moves more than {@code threshold} percent from the previous period.
 */
record RuleForm(String kind, String otherIndicator, String threshold, String severity, String message) {

	static RuleForm empty() {
		return new RuleForm("NOT_GREATER_THAN", "", "", "ERROR", "");
	}

}
