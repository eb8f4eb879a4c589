package vn.danvan.reporting;

import java.time.Instant;
import java.util.List;

/**
 * A unit's report was returned to the unit for correction, with the reviewer's comment.
 * {@code version} is the submission's version after the change; {@code values} are its
 * numbers, which do not change while the report is handed in.
 */
public record SubmissionReturned(long submissionId, long periodId, long unitId, int version, List<ReportedValue> values,
		String actor, Instant at, String comment) {

}
