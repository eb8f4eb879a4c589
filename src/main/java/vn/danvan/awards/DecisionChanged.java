package vn.danvan.awards;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A decision's number, date, form, reason or campaign was changed: before and after.
 */
public record DecisionChanged(DecisionId decisionId, long issuingUnitId, String actor, Map<String, Object> before,
		Map<String, Object> after) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(this.actor, "AWARD_DECISION_CHANGED", "award-decision", this.decisionId.value(),
				this.issuingUnitId, Map.of("before", this.before, "after", this.after));
	}

}
