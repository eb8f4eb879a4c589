package vn.danvan.practices;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The practice started, was replicated (nhân rộng) or ended, on a date, with a note (the
 * reason of an end, the units that took it up).
 */
public record PracticeStatusChanged(PracticeId practiceId, long ownerUnitId, PracticeStatus from, PracticeStatus to,
		LocalDate on, String note, String actor, Instant at) {

}
