package vn.danvan.reporting;

import java.time.Instant;

/**
 * A unit's report was reopened after approval, with the reason.
 */
public record SubmissionReopened(long submissionId, long periodId, long unitId, String actor, Instant at,
		String reason) {

}
