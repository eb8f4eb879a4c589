package vn.danvan.units;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A unit was created (on its own or as the new target of a merge or split). Published in
 * the transaction of the change; audited as {@code UNIT_CREATED}.
 *
 * @param after the new unit's attributes
 */
public record UnitCreated(String actor, long unitId, Map<String, Object> after) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(this.actor, "UNIT_CREATED", "unit", this.unitId, this.unitId,
				UnitAuditDetails.of(Map.of(), this.after));
	}

}
