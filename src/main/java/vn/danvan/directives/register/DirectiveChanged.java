package vn.danvan.directives.register;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A directive was changed; audited as {@code DIRECTIVE_CHANGED} (from
 * {@code remoteAddress} when the caller gave one).
 */
public record DirectiveChanged(String actor, long directiveId, Long unitId, String remoteAddress,
		Map<String, ?> details) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(this.actor, "DIRECTIVE_CHANGED", "directive", this.directiveId, this.unitId, this.details)
			.from(this.remoteAddress);
	}

}
