package vn.danvan.reporting.catalogue;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A validation rule was deleted (audited as {@code RULE_DELETED}).
 */
public record RuleDeleted(String actor, long ruleId) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(actor, "RULE_DELETED", "rule", ruleId, null, Map.of());
	}

}
