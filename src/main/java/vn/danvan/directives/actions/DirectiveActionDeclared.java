package vn.danvan.directives.actions;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * An action was required of units by a directive; audited as
 * {@code DIRECTIVE_ACTION_DECLARED} (from {@code remoteAddress} when the caller gave
 * one).
 */
public record DirectiveActionDeclared(String actor, long actionId, Long unitId, String remoteAddress,
		Map<String, ?> details) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry
			.of(this.actor, "DIRECTIVE_ACTION_DECLARED", "directive-action", this.actionId, this.unitId, this.details)
			.from(this.remoteAddress);
	}

}
