package vn.danvan.practices;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

import java.time.Instant;
import java.util.Map;

/**
 * A model or exemplary person was registered by its owner unit.
 */
public record PracticeRegistered(PracticeId practiceId, long ownerUnitId, String actor, Instant at,
		Map<String, Object> after) implements Audited {

	/** The audit log's target type of every practice event. */
	static final String AUDIT_TARGET = "practice";

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(this.actor, "PRACTICE_REGISTERED", AUDIT_TARGET, this.practiceId.value(), this.ownerUnitId,
				Map.of("after", this.after));
	}

}
