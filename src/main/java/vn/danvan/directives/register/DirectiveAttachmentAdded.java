package vn.danvan.directives.register;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A file was attached to a directive; audited as {@code DIRECTIVE_ATTACHMENT_ADDED} (from
 * {@code remoteAddress} when the caller gave one).
 */
public record DirectiveAttachmentAdded(String actor, long directiveId, Long unitId, String remoteAddress,
		Map<String, ?> details) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry
			.of(this.actor, "DIRECTIVE_ATTACHMENT_ADDED", "directive", this.directiveId, this.unitId, this.details)
			.from(this.remoteAddress);
	}

}
