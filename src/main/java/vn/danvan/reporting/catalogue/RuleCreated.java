package vn.danvan.reporting.catalogue;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A validation rule was added to an indicator (audited as {@code RULE_CREATED}).
 */
public record RuleCreated(String actor, long ruleId, String indicator) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(actor, "RULE_CREATED", "rule", ruleId, null, Map.of("indicator", indicator));
	}

}
