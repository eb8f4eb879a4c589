package vn.danvan.practices;

import java.util.Map;
import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A unit above the owner recognised the practice at its level.
 */
public record PracticeRecognised(PracticeId practiceId, long ownerUnitId, long recognisingUnitId,
		RecognitionLevel level, LocalDate on, boolean exemplary, boolean proposedForAward, String actor,
		Instant at) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(this.actor, "PRACTICE_RECOGNISED", PracticeRegistered.AUDIT_TARGET,
				this.practiceId.value(), this.ownerUnitId,
				Map.of("level", this.level.name(), "on", this.on.toString(), "exemplary", this.exemplary,
						"proposedForAward", this.proposedForAward, "recognisingUnit", this.recognisingUnitId));
	}

}
