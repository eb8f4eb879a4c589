package vn.danvan.reporting.reminders;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * An officer sent reminders to the units that have not handed in (audited as
 * {@code REMINDERS_SENT}).
 */
public record RemindersSent(String actor, long periodId, Long unitId, java.util.List<Long> unitIds) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(actor, "REMINDERS_SENT", "period", periodId, unitId,
				Map.of("units", unitIds.size(), "unitIds", unitIds));
	}

}
