package vn.danvan.awards;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * Recipients were added to a decision, one by one or imported from a spreadsheet.
 */
public record RecipientsAdded(DecisionId decisionId, long issuingUnitId, String actor, int collectives, int individuals,
		boolean imported) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(this.actor, "AWARD_RECIPIENTS_ADDED", "award-decision", this.decisionId.value(),
				this.issuingUnitId,
				Map.of("collectives", this.collectives, "individuals", this.individuals, "imported", this.imported));
	}

}
