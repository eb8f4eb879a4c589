package vn.danvan.reporting;

import java.time.Instant;

/**
 * An expected unit of a period with where its report stands; {@code late} when it was not
 * handed in by the deadline (or was handed in after it).
 */
public record UnitStatus(long unitId, String unitName, String unitCode, long submissionId, SubmissionState state,
		Instant updatedAt, Instant submittedAt, boolean late) {

	/** "Quá hạn": not handed in, and the deadline has passed. */
	public boolean overdue() {
		return this.late && this.submittedAt == null;
	}

	/** "Nộp muộn": handed in, after the deadline. */
	public boolean handedInLate() {
		return this.late && this.submittedAt != null;
	}

}
