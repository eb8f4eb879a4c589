package vn.danvan.units;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A unit took part as a source in a recorded merge or split; one event per source.
 * Published in the transaction of the change; audited as {@code SUCCESSION_RECORDED}.
 *
 * @param unitId the source unit
 * @param before the source's attributes
 * @param after {@code succession} (the kind), {@code date}, {@code into} (the targets,
 * each with {@code toUnit} and {@code partial}) and {@code closed}
 */
public record SuccessionRecorded(String actor, long unitId, Map<String, Object> before,
		Map<String, Object> after) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(this.actor, "SUCCESSION_RECORDED", "unit", this.unitId, this.unitId,
				UnitAuditDetails.of(this.before, this.after));
	}

}
