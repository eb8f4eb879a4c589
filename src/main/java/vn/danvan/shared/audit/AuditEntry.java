package vn.danvan.shared.audit;

import java.util.Map;

/**
 * One line of the audit log as a module's event describes it: who, what (an action code
 * such as {@code PERIOD_OPENED}, named in {@code audit.action.*} messages), on which
 * object, for which unit (so that the log can be filtered by unit) and the details
 * (before and after, counts).
 */
public record AuditEntry(String actor, String action, String targetType, String targetId, Long unitId,
		Map<String, ?> details) {

	public AuditEntry {
		details = (details != null) ? details : Map.of();
	}

	public static AuditEntry of(String actor, String action, String targetType, Object targetId, Long unitId,
			Map<String, ?> details) {
		return new AuditEntry(actor, action, targetType, (targetId != null) ? String.valueOf(targetId) : null, unitId,
				details);
	}

}
