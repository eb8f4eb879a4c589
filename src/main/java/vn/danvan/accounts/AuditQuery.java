package vn.danvan.accounts;

import java.time.LocalDate;

/**
 * A filter on the audit log; {@code null} fields do not filter. Dates are inclusive, in
 * Vietnam's time zone.
 */
public record AuditQuery(String actor, String action, Long unitId, LocalDate from, LocalDate to,
		java.util.Collection<Long> withinUnits, int limit) {

	public static AuditQuery latest(int limit) {
		return new AuditQuery(null, null, null, null, null, null, limit);
	}

}
