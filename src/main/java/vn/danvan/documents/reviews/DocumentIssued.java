package vn.danvan.documents.reviews;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A review report was issued: given its number and put in the register; audited as
 * {@code DOCUMENT_ISSUED}.
 */
public record DocumentIssued(String actor, long documentId, Long unitId, Map<String, ?> details) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(this.actor, "DOCUMENT_ISSUED", "document", this.documentId, this.unitId, this.details);
	}

}
