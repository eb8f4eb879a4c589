package vn.danvan.reporting;

/**
 * Where a unit's report stands: not started, draft, submitted, returned for correction,
 * approved (and then locked).
 */
public enum SubmissionState {

	NOT_STARTED, DRAFT, SUBMITTED, RETURNED, APPROVED;

	/**
	 * True when the unit may still change the report.
	 */
	public boolean editable() {
		return this == NOT_STARTED || this == DRAFT || this == RETURNED;
	}

	/**
	 * True when the unit has handed the report in (it counts as reported).
	 */
	public boolean handedIn() {
		return this == SUBMITTED || this == APPROVED;
	}

	public String messageKey() {
		return "reporting.state." + name();
	}

}
