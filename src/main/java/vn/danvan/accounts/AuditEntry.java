package vn.danvan.accounts;

import java.time.Instant;
import java.util.Map;

/**
 * One line of the audit log: who did what to which thing, when and from where.
 * {@code details} holds what changed (for example {@code before} and {@code after}
 * values).
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String targetType, String targetId,
		Long unitId, String remoteIp, Map<String, Object> details) {
}
