package vn.danvan.reporting.periods;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A reporting period was closed (audited as {@code PERIOD_CLOSED}).
 */
public record PeriodClosed(String actor, long periodId, Long unitId) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(actor, "PERIOD_CLOSED", "period", periodId, unitId, Map.of());
	}

}
