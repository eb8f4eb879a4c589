package vn.danvan.documents.reviews;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A review-report draft was composed from the figures of a period; audited as
 * {@code DOCUMENT_DRAFT_COMPOSED}.
 */
public record ReviewDraftComposed(String actor, long draftId, Long unitId, Map<String, ?> details) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(this.actor, "DOCUMENT_DRAFT_COMPOSED", "review_draft", this.draftId, this.unitId,
				this.details);
	}

}
