package vn.danvan.practices;

import java.util.Map;
import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

import java.time.Instant;

/**
 * A unit above the owner evaluated the practice for a year.
 */
public record PracticeEvaluated(PracticeId practiceId, long ownerUnitId, long evaluatorUnitId, int year, String grade,
		boolean effective, String actor, Instant at) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(this.actor, "PRACTICE_EVALUATED", PracticeRegistered.AUDIT_TARGET, this.practiceId.value(),
				this.ownerUnitId, Map.of("year", this.year, "grade", this.grade, "effective", this.effective,
						"evaluatorUnit", this.evaluatorUnitId));
	}

}
