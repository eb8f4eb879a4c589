package vn.danvan.reporting.catalogue;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * An indicator was created (audited as {@code INDICATOR_CREATED}).
 */
public record IndicatorCreated(String actor, long indicatorId, String code) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(actor, "INDICATOR_CREATED", "indicator", indicatorId, null, Map.of("code", code));
	}

}
