package vn.danvan.reporting.periods;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A reporting period was opened for the units below the opener's unit (audited as
 * {@code PERIOD_OPENED}).
 */
public record PeriodOpened(String actor, long periodId, Long unitId, String template, int version,
		int units) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(actor, "PERIOD_OPENED", "period", periodId, unitId,
				Map.of("template", template, "version", version, "units", units));
	}

}
