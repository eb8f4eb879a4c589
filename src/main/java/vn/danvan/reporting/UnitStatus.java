package vn.danvan.reporting;

import java.time.Instant;

/**
 * An expected unit of a period with where its report stands; {@code late} when it was not
 * handed in by the deadline (or was handed in after it); {@code pastDeadline} once the
 * period's deadline has passed; {@code templateVersionId} is the template the unit
 * reports with (a period of several levels has one per level,
 * {@link Periods#structures}).
 */
public record UnitStatus(long unitId, String unitName, String unitCode, long submissionId, SubmissionState state,
		Instant updatedAt, Instant submittedAt, boolean late, boolean pastDeadline, long templateVersionId) {

	/**
	 * "Quá hạn": the deadline has passed and the report is not handed in (not started, a
	 * draft, or returned and not handed in again), as the home page counts it.
	 */
	public boolean overdue() {
		return this.pastDeadline && !this.state.handedIn();
	}

	/** "Nộp muộn": handed in (submitted or approved), after the deadline. */
	public boolean handedInLate() {
		return this.state.handedIn() && this.late;
	}

}
