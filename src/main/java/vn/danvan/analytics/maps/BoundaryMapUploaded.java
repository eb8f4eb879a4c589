package vn.danvan.analytics.maps;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * The province boundary map was uploaded; audited as {@code BOUNDARY_MAP_UPLOADED} (from
 * {@code remoteAddress} when the caller gave one).
 */
public record BoundaryMapUploaded(String actor, String remoteAddress, Map<String, ?> details) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(this.actor, "BOUNDARY_MAP_UPLOADED", "boundary-map", "provinces", null, this.details)
			.from(this.remoteAddress);
	}

}
