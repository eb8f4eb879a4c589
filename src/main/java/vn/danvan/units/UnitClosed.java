package vn.danvan.units;

import java.time.LocalDate;
import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A unit was closed: {@code validTo} is the first day it no longer exists. Published in
 * the transaction of the change; audited as {@code UNIT_CLOSED}.
 *
 * @param before the attributes of its last version
 */
public record UnitClosed(String actor, long unitId, Map<String, Object> before, LocalDate validTo) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(this.actor, "UNIT_CLOSED", "unit", this.unitId, this.unitId,
				UnitAuditDetails.of(this.before, Map.of("validTo", this.validTo)));
	}

}
