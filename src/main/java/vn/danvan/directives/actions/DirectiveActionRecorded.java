package vn.danvan.directives.actions;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A unit recorded what it did for an action; audited as {@code DIRECTIVE_ACTION_RECORDED}
 * (from {@code remoteAddress} when the caller gave one).
 */
public record DirectiveActionRecorded(String actor, long actionId, Long unitId, String remoteAddress,
		Map<String, ?> details) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry
			.of(this.actor, "DIRECTIVE_ACTION_RECORDED", "directive-action", this.actionId, this.unitId, this.details)
			.from(this.remoteAddress);
	}

}
