package vn.danvan.directives.register;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * The other names of a directive were changed; audited as
 * {@code DIRECTIVE_ALIASES_CHANGED} with the aliases before and after (from
 * {@code remoteAddress} when the caller gave one).
 */
public record DirectiveAliasesChanged(String actor, long directiveId, Long unitId, String remoteAddress,
		Map<String, ?> details) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry
			.of(this.actor, "DIRECTIVE_ALIASES_CHANGED", "directive", this.directiveId, this.unitId, this.details)
			.from(this.remoteAddress);
	}

}
