package vn.danvan.reporting;

import java.time.Instant;

/**
 * A unit's report was handed in by the unit.
 */
public record SubmissionSubmitted(long submissionId, long periodId, long unitId, String actor, Instant at) {

}
