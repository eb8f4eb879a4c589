package vn.danvan.analytics.maps;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * The province boundary map was removed; audited as {@code BOUNDARY_MAP_REMOVED} (from
 * {@code remoteAddress} when the caller gave one).
 */
public record BoundaryMapRemoved(String actor, String remoteAddress, Map<String, ?> details) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(this.actor, "BOUNDARY_MAP_REMOVED", "boundary-map", "provinces", null, this.details)
			.from(this.remoteAddress);
	}

}
