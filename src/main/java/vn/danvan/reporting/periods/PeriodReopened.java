package vn.danvan.reporting.periods;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A closed reporting period was reopened (audited as {@code PERIOD_REOPENED}).
 */
public record PeriodReopened(String actor, long periodId, Long unitId) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(actor, "PERIOD_REOPENED", "period", periodId, unitId, Map.of());
	}

}
