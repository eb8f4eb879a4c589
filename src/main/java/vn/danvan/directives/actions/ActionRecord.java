package vn.danvan.directives.actions;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a unit did for an action: when, under which of its own documents, how many took
 * part (for a dissemination session), and the evidence file.
 */
public record ActionRecord(long id, long actionId, long unitId, LocalDate doneOn, String documentNumber,
		Integer participants, String note, Long evidenceId, String recordedBy, Instant recordedAt) {
}
