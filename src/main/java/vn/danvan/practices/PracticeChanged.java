package vn.danvan.practices;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

import java.time.Instant;
import java.util.Map;

/**
 * A practice's description was changed by its owner unit: the attributes before and
 * after.
 */
public record PracticeChanged(PracticeId practiceId, long ownerUnitId, String actor, Instant at,
		Map<String, Object> before, Map<String, Object> after) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(this.actor, "PRACTICE_CHANGED", PracticeRegistered.AUDIT_TARGET, this.practiceId.value(),
				this.ownerUnitId, Map.of("before", this.before, "after", this.after));
	}

}
