package vn.danvan.reporting;

import java.time.Instant;

/**
 * A unit's report was returned to the unit for correction, with the reviewer's comment.
 */
public record SubmissionReturned(long submissionId, long periodId, long unitId, String actor, Instant at,
		String comment) {

}
