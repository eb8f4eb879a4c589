package vn.danvan.practices;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The practice started, was replicated (nhân rộng) or ended, on a date, with a note (the
 * reason of an end, the units that took it up).
 */
public record PracticeStatusChanged(PracticeId practiceId, long ownerUnitId, PracticeStatus from, PracticeStatus to,
		LocalDate on, String note, String actor, Instant at) implements Audited {

	@Override
	public AuditEntry audit() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("from", this.from.name());
		details.put("to", this.to.name());
		details.put("on", this.on.toString());
		if (!this.note.isEmpty()) {
			details.put("note", this.note);
		}
		return AuditEntry.of(this.actor, "PRACTICE_" + this.to.name(), PracticeRegistered.AUDIT_TARGET,
				this.practiceId.value(), this.ownerUnitId, details);
	}

}
