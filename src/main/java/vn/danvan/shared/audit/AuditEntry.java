package vn.danvan.shared.audit;

import java.util.Map;

/**
 * One line of the audit log as a module's event describes it: who, what (an action code
 * such as {@code PERIOD_OPENED}, named in {@code audit.action.*} messages), on which
 * object, for which unit (so that the log can be filtered by unit), the details (before
 * and after, counts) and, when the caller knows it better than the current request (a
 * proxy's client, a background job), the remote address.
 */
public record AuditEntry(String actor, String action, String targetType, String targetId, Long unitId,
		Map<String, ?> details, String remoteAddress) {

	public AuditEntry {
		details = (details != null) ? details : Map.of();
	}

	public static AuditEntry of(String actor, String action, String targetType, Object targetId, Long unitId,
			Map<String, ?> details) {
		return new AuditEntry(actor, action, targetType, (targetId != null) ? String.valueOf(targetId) : null, unitId,
				details, null);
	}

	/** The same line, from that address ({@code null}: the current request's). */
	public AuditEntry from(String address) {
		return new AuditEntry(this.actor, this.action, this.targetType, this.targetId, this.unitId, this.details,
				address);
	}

}
