package vn.danvan.reporting;

import java.time.Instant;

/**
 * A unit's report was approved by the level above; the report is locked.
 */
public record SubmissionApproved(long submissionId, long periodId, long unitId, String actor, Instant at) {

}
