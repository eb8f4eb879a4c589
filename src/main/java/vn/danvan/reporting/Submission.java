package vn.danvan.reporting;

import java.time.Instant;

/**
 * A unit's report for a period (bản nộp); {@code version} guards concurrent edits.
 */
public record Submission(long id, long periodId, long unitId, SubmissionState state, int version, Instant updatedAt,
		String updatedBy, Instant submittedAt) {

}
