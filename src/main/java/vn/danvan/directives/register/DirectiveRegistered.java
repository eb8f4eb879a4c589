package vn.danvan.directives.register;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A directive was registered; audited as {@code DIRECTIVE_REGISTERED} (from
 * {@code remoteAddress} when the caller gave one).
 */
public record DirectiveRegistered(String actor, long directiveId, Long unitId, String remoteAddress,
		Map<String, ?> details) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry
			.of(this.actor, "DIRECTIVE_REGISTERED", "directive", this.directiveId, this.unitId, this.details)
			.from(this.remoteAddress);
	}

}
