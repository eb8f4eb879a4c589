package vn.danvan.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.time.VietnamTime;

/**
 * The audit log ("Nhật ký hệ thống"): every sign-in, failure, lock and change is recorded
 * here and never edited.
 */
@Service
public class AuditLog {

	public static final String SIGN_IN_SUCCEEDED = "SIGN_IN_SUCCEEDED";

	public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";

	public static final String SIGN_IN_LOCKED = "SIGN_IN_LOCKED";

	public static final String SIGNED_OUT = "SIGNED_OUT";

	public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";

	public static final String USER_CREATED = "USER_CREATED";

	public static final String USER_CHANGED = "USER_CHANGED";

	public static final String UNITS_IMPORTED = "UNITS_IMPORTED";

	private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditLog(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Records an action. Joins the caller's transaction, so a change and its audit line
	 * commit or roll back together.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String actor, String action, String targetType, String targetId, String remoteIp,
			Map<String, ?> details) {
		record(actor, action, targetType, targetId, null, remoteIp, details);
	}

	/**
	 * Records an action that concerns a unit, so that it shows when the log is filtered
	 * by that unit.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String actor, String action, String targetType, String targetId, Long unitId, String remoteIp,
			Map<String, ?> details) {
		this.jdbc.sql("""
				insert into accounts.audit_log (actor, action, target_type, target_id, unit_id, remote_ip, details)
				values (:actor, :action, :targetType, :targetId, :unitId, :remoteIp, cast(:details as jsonb))
				""")
			.param("unitId", unitId)
			.param("actor", actor)
			.param("action", action)
			.param("targetType", targetType)
			.param("targetId", targetId)
			.param("remoteIp", remoteIp)
			.param("details", this.json.writeValueAsString((details != null) ? details : Map.of()))
			.update();
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> find(AuditQuery query) {
		return find(query, 0);
	}

	/**
	 * One page of the entries that match, newest first: {@code query.limit()} entries
	 * after the first {@code offset}.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntry> find(AuditQuery query, int offset) {
		return this.jdbc
			.sql("""
					select id, occurred_at, actor, action, target_type, target_id, unit_id, remote_ip, details::text as details
					  from accounts.audit_log
					 where (cast(:actor as text) is null or actor = :actor)
					   and (cast(:action as text) is null or action = :action)
					   and (cast(:unitId as bigint) is null or unit_id = :unitId)
					  and (cast(:scoped as boolean) = false or unit_id = any(:withinUnits))
					   and (cast(:fromTime as timestamptz) is null or occurred_at >= :fromTime)
					   and (cast(:toTime as timestamptz) is null or occurred_at < :toTime)
					 order by occurred_at desc, id desc
					 limit :limit offset :offset
					""")
			.param("actor", blankToNull(query.actor()))
			.param("action", blankToNull(query.action()))
			.param("unitId", query.unitId())
			.param("scoped", query.withinUnits() != null)
			.param("withinUnits",
					(query.withinUnits() != null) ? query.withinUnits().toArray(Long[]::new) : new Long[0])
			.param("fromTime",
					(query.from() != null) ? query.from().atStartOfDay(VietnamTime.ZONE).toOffsetDateTime() : null)
			.param("toTime",
					(query.to() != null) ? query.to().plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime()
							: null)
			.param("limit", Math.max(1, Math.min(query.limit(), 1000)))
			.param("offset", Math.max(0, offset))
			.query((rs, rowNum) -> new AuditEntry(rs.getLong("id"),
					rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
					rs.getObject("unit_id", Long.class), rs.getString("remote_ip"),
					this.json.readValue(rs.getString("details"), DETAILS)))
			.list();
	}

	/**
	 * When the user last signed in before the current sign-in, if ever.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Instant> previousSignIn(String username) {
		return this.jdbc.sql("""
				select occurred_at from accounts.audit_log
				 where actor = :actor and action = :action
				 order by occurred_at desc offset 1 limit 1
				""")
			.param("actor", username)
			.param("action", SIGN_IN_SUCCEEDED)
			.query((rs, rowNum) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant())
			.optional();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
