package vn.danvan.awards.decisions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.danvan.awards.AwardForm;
import vn.danvan.awards.Decision;
import vn.danvan.awards.DecisionId;
import vn.danvan.awards.Recipient;
import vn.danvan.awards.RecipientKind;
import vn.danvan.units.UnitLevel;

/**
 * The decisions and their recipients in schema {@code awards}.
 */
@Repository
class DecisionRepository {

	private static final String DECISION = """
			select id, number, decided_on, issuing_unit_id, form, level, reason, campaign, updated_by, updated_at,
			       version
			  from awards.decision
			""";

	private final JdbcClient jdbc;

	DecisionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Decision> find(long id) {
		return this.jdbc.sql(DECISION + " where id = :id")
			.param("id", id)
			.query(this::header)
			.optional()
			.map((d) -> withRecipients(d, recipients(id)));
	}

	/**
	 * Locks the decision's row for a change.
	 */
	Optional<Decision> lock(long id) {
		return this.jdbc.sql(DECISION + " where id = :id for update")
			.param("id", id)
			.query(this::header)
			.optional()
			.map((d) -> withRecipients(d, recipients(id)));
	}

	boolean numberUsed(long issuingUnitId, int year, String number, Long except) {
		return this.jdbc.sql("""
				select count(*) from awards.decision
				 where issuing_unit_id = :unit and decided_year = :year and lower(number) = lower(:number)
				   and (cast(:except as bigint) is null or id <> :except)
				""")
			.param("unit", issuingUnitId)
			.param("year", year)
			.param("number", number)
			.param("except", except)
			.query(Long.class)
			.single() > 0;
	}

	long insert(DecisionForm form, long issuingUnitId, UnitLevel level, String actor) {
		return this.jdbc.sql("""
				insert into awards.decision (number, decided_on, issuing_unit_id, form, level, reason, campaign,
				                             created_by, updated_by)
				values (:number, :on, :unit, :form, :level, :reason, :campaign, :actor, :actor)
				returning id
				""")
			.param("number", form.number())
			.param("on", form.decidedOn())
			.param("unit", issuingUnitId)
			.param("form", form.form().name())
			.param("level", level.name())
			.param("reason", form.reason())
			.param("campaign", form.campaign())
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	void update(long id, DecisionForm form, String actor) {
		this.jdbc.sql("""
				update awards.decision
				   set number = :number, decided_on = :on, form = :form, reason = :reason, campaign = :campaign,
				       updated_by = :actor, updated_at = now(), version = version + 1
				 where id = :id
				""")
			.param("number", form.number())
			.param("on", form.decidedOn())
			.param("form", form.form().name())
			.param("reason", form.reason())
			.param("campaign", form.campaign())
			.param("actor", actor)
			.param("id", id)
			.update();
	}

	void touch(long id, String actor) {
		this.jdbc
			.sql("update awards.decision set updated_by = :actor, updated_at = now(), version = version + 1"
					+ " where id = :id")
			.param("actor", actor)
			.param("id", id)
			.update();
	}

	void insertRecipient(long decisionId, int position, RecipientForm r) {
		this.jdbc.sql("""
				insert into awards.recipient (decision_id, position_no, kind, name, job_title, unit_id, practice_id)
				values (:decision, :position, :kind, :name, :title, :unit, :practice)
				""")
			.param("decision", decisionId)
			.param("position", position)
			.param("kind", r.kind().name())
			.param("name", r.name())
			.param("title", r.jobTitle())
			.param("unit", r.unitId())
			.param("practice", r.practiceId())
			.update();
	}

	List<Recipient> recipients(long decisionId) {
		return this.jdbc.sql("""
				select id, position_no, kind, name, job_title, unit_id, practice_id
				  from awards.recipient where decision_id = :decision order by position_no
				""")
			.param("decision", decisionId)
			.query((rs, n) -> new Recipient(rs.getLong("id"), rs.getInt("position_no"),
					RecipientKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("job_title"),
					rs.getLong("unit_id"), (Long) rs.getObject("practice_id")))
			.list();
	}

	/**
	 * The decisions of the issuing units given ({@code null}: all) that match, newest
	 * first.
	 */
	List<Decision> search(DecisionSearch s, Collection<Long> units, int limit) {
		if (units != null && units.isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder(DECISION).append(" where true");
		Map<String, Object> params = new LinkedHashMap<>();
		where(s, units, sql, params, "");
		sql.append(" order by decided_on desc, id desc limit :limit");
		params.put("limit", limit);
		List<Decision> headers = this.jdbc.sql(sql.toString()).params(params).query(this::header).list();
		List<Decision> full = new ArrayList<>();
		headers.forEach((d) -> full.add(withRecipients(d, recipients(d.id().value()))));
		return full;
	}

	/**
	 * The recipients of the matching decisions, counted as the measure
	 * {@code awards.recipients} does.
	 */
	long countRecipients(DecisionSearch s, Collection<Long> units) {
		if (units != null && units.isEmpty()) {
			return 0;
		}
		StringBuilder sql = new StringBuilder("""
				select count(*) from awards.recipient r join awards.decision d on d.id = r.decision_id where true
				""");
		Map<String, Object> params = new LinkedHashMap<>();
		where(s, units, sql, params, "d.");
		if (s.kind() != null) {
			sql.append(" and r.kind = :kind");
			params.put("kind", s.kind().name());
		}
		return this.jdbc.sql(sql.toString()).params(params).query(Long.class).single();
	}

	long countAll() {
		return this.jdbc.sql("select count(*) from awards.decision").query(Long.class).single();
	}

	private static void where(DecisionSearch s, Collection<Long> units, StringBuilder sql, Map<String, Object> params,
			String alias) {
		if (units != null) {
			sql.append(" and ").append(alias).append("issuing_unit_id in (:units)");
			params.put("units", units);
		}
		if (s.year() != null) {
			sql.append(" and ").append(alias).append("decided_year = :year");
			params.put("year", s.year());
		}
		if (s.form() != null) {
			sql.append(" and ").append(alias).append("form = :form");
			params.put("form", s.form().name());
		}
		if (s.from() != null) {
			sql.append(" and ").append(alias).append("decided_on >= :from");
			params.put("from", s.from());
		}
		if (s.to() != null) {
			sql.append(" and ").append(alias).append("decided_on <= :to");
			params.put("to", s.to());
		}
		if (s.campaign() != null && !s.campaign().isBlank()) {
			sql.append(" and awards.search_key(").append(alias).append("campaign) = awards.search_key(:campaign)");
			params.put("campaign", s.campaign());
		}
		if (s.q() != null && !s.q().isBlank()) {
			String d = alias.isEmpty() ? "awards.decision." : alias;
			sql.append(" and (awards.search_key(")
				.append(alias)
				.append("number || ' ' || ")
				.append(alias)
				.append("reason || ' ' || ")
				.append(alias)
				.append("campaign) like '%' || awards.search_key(:q) || '%'")
				.append(" or exists (select 1 from awards.recipient x where x.decision_id = ")
				.append(d)
				.append("id and awards.search_key(x.name || ' ' || x.job_title) like '%' || awards.search_key(:q) || '%'))");
			params.put("q", s.q());
		}
	}

	private Decision header(ResultSet rs, int n) throws SQLException {
		return new Decision(new DecisionId(rs.getLong("id")), rs.getString("number"),
				rs.getObject("decided_on", LocalDate.class), rs.getLong("issuing_unit_id"),
				AwardForm.valueOf(rs.getString("form")), UnitLevel.valueOf(rs.getString("level")),
				rs.getString("reason"), rs.getString("campaign"), List.of(), rs.getString("updated_by"),
				rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}

	private static Decision withRecipients(Decision d, List<Recipient> recipients) {
		return new Decision(d.id(), d.number(), d.decidedOn(), d.issuingUnitId(), d.form(), d.level(), d.reason(),
				d.campaign(), recipients, d.updatedBy(), d.updatedAt(), d.version());
	}

}
