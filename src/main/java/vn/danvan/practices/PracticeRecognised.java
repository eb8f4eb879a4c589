package vn.danvan.practices;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A unit above the owner recognised the practice at its level.
 */
public record PracticeRecognised(PracticeId practiceId, long ownerUnitId, long recognisingUnitId,
		RecognitionLevel level, LocalDate on, boolean exemplary, boolean proposedForAward, String actor, Instant at) {

}
