package vn.danvan.practices;

import java.time.Instant;

/**
 * A unit above the owner evaluated the practice for a year.
 */
public record PracticeEvaluated(PracticeId practiceId, long ownerUnitId, long evaluatorUnitId, int year, String grade,
		boolean effective, String actor, Instant at) {

}
