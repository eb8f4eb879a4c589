package vn.danvan.units;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A unit's code, names, kind or parent changed from a date (a new version). Published in
 * the transaction of the change; audited as {@code UNIT_CHANGED} with the attributes
 * before and after.
 */
public record UnitChanged(String actor, long unitId, Map<String, Object> before,
		Map<String, Object> after) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(this.actor, "UNIT_CHANGED", "unit", this.unitId, this.unitId,
				UnitAuditDetails.of(this.before, this.after));
	}

}
