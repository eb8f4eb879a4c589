package vn.danvan.awards;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A decision was recorded by an officer of its issuing unit or above.
 */
public record DecisionRecorded(DecisionId decisionId, long issuingUnitId, String actor,
		Map<String, Object> attributes) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(this.actor, "AWARD_DECISION_RECORDED", "award-decision", this.decisionId.value(),
				this.issuingUnitId, this.attributes);
	}

}
