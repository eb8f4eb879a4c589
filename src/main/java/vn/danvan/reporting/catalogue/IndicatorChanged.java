package vn.danvan.reporting.catalogue;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * An indicator was changed (audited as {@code INDICATOR_CHANGED}).
 */
public record IndicatorChanged(String actor, long indicatorId, String code) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(actor, "INDICATOR_CHANGED", "indicator", indicatorId, null, Map.of("code", code));
	}

}
