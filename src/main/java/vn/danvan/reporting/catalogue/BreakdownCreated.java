package vn.danvan.reporting.catalogue;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A breakdown was created (audited as {@code BREAKDOWN_CREATED}).
 */
public record BreakdownCreated(String actor, long breakdownId, String code) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(actor, "BREAKDOWN_CREATED", "breakdown", breakdownId, null, Map.of("code", code));
	}

}
