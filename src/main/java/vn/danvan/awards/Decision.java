package vn.danvan.awards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.danvan.units.UnitLevel;

/**
 * A commendation decision as read, with its recipients in their order.
 */
public record Decision(DecisionId id, String number, LocalDate decidedOn, long issuingUnitId, AwardForm form,
		UnitLevel level, String reason, String campaign, List<Recipient> recipients, String updatedBy,
		Instant updatedAt, int version) {

	public Decision {
		recipients = List.copyOf(recipients);
	}

	public long collectives() {
		return this.recipients.stream().filter((r) -> r.kind() == RecipientKind.COLLECTIVE).count();
	}

	public long individuals() {
		return this.recipients.stream().filter((r) -> r.kind() == RecipientKind.INDIVIDUAL).count();
	}

}
