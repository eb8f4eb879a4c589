package vn.danvan.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PeriodRepository {

	private static final String COLUMNS = """
			select p.id, v.template_id, p.template_version_id, t.name as template_name, p.period_type, p.name,
			       p.window_from, p.window_to, p.deadline, p.owner_unit_id, p.closed_at, p.created_by, p.created_at
			from reporting.period p
			join reporting.template_version v on v.id = p.template_version_id
			join reporting.template t on t.id = v.template_id
			""";

	private final JdbcClient jdbc;

	PeriodRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long versionId, PeriodType type, String name, LocalDate from, LocalDate to, LocalDate deadline,
			Long ownerUnitId, String createdBy) {
		return this.jdbc.sql("""
				insert into reporting.period (template_version_id, period_type, name, window_from, window_to, deadline,
				    owner_unit_id, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(versionId, type.name(), name, from, to, deadline, ownerUnitId, createdBy)
			.query(Long.class)
			.single();
	}

	/**
	 * Adds a template to the period (position 0 is the period's own) and one submission
	 * per unit expected with it.
	 */
	void insertExpected(long periodId, int position, long versionId, Collection<Long> unitIds) {
		this.jdbc.sql("""
				insert into reporting.period_template (period_id, position, template_version_id) values (?, ?, ?)
				""").params(periodId, position, versionId).update();
		this.jdbc.sql("""
				insert into reporting.submission (period_id, unit_id, template_version_id)
				select ?, u, ? from unnest(cast(? as bigint[])) u
				""").params(periodId, versionId, unitIds.toArray(Long[]::new)).update();
	}

	/**
	 * The template versions a period expects, in its order (the period's own first).
	 */
	List<Long> templateVersions(long periodId) {
		return this.jdbc
			.sql("select template_version_id from reporting.period_template where period_id = ? order by position")
			.param(periodId)
			.query(Long.class)
			.list();
	}

	Optional<Period> find(long id) {
		return this.jdbc.sql(COLUMNS + " where p.id = ?").param(id).query(PeriodRepository::period).optional();
	}

	/**
	 * Periods with at least one expected unit among the ids, or owned by one of them
	 * ({@code null} ids: all periods), latest window first.
	 */
	List<Period> list(Collection<Long> unitIds) {
		if (unitIds == null) {
			return this.jdbc.sql(COLUMNS + " order by p.window_to desc, p.id desc")
				.query(PeriodRepository::period)
				.list();
		}
		return this.jdbc.sql(COLUMNS + """
				where p.owner_unit_id = any(cast(:ids as bigint[]))
				   or exists (select 1 from reporting.submission s
				              where s.period_id = p.id and s.unit_id = any(cast(:ids as bigint[])))
				order by p.window_to desc, p.id desc
				""").param("ids", unitIds.toArray(Long[]::new)).query(PeriodRepository::period).list();
	}

	/**
	 * The latest earlier period of the same template and type (the one a report is
	 * compared with).
	 */
	Optional<Period> previous(Period period) {
		return this.jdbc.sql(COLUMNS + """
				where v.template_id = ? and p.period_type = ? and p.window_to < ?
				order by p.window_to desc, p.id desc limit 1
				""")
			.params(period.templateId(), period.type().name(), period.windowFrom())
			.query(PeriodRepository::period)
			.optional();
	}

	List<Period> ofTemplate(long templateId, PeriodType type) {
		return this.jdbc.sql(COLUMNS + """
				where v.template_id = ? and p.period_type = ?
				order by p.window_to, p.id
				""").params(templateId, type.name()).query(PeriodRepository::period).list();
	}

	boolean close(long periodId, Instant at) {
		return this.jdbc.sql("update reporting.period set closed_at = ? where id = ? and closed_at is null")
			.params(Timestamp.from(at), periodId)
			.update() == 1;
	}

	boolean reopen(long periodId) {
		return this.jdbc.sql("update reporting.period set closed_at = null where id = ? and closed_at is not null")
			.param(periodId)
			.update() == 1;
	}

	static Period period(ResultSet rs, int n) throws SQLException {
		Timestamp closed = rs.getTimestamp("closed_at");
		return new Period(rs.getLong("id"), rs.getLong("template_id"), rs.getLong("template_version_id"),
				rs.getString("template_name"), PeriodType.valueOf(rs.getString("period_type")), rs.getString("name"),
				rs.getObject("window_from", LocalDate.class), rs.getObject("window_to", LocalDate.class),
				rs.getObject("deadline", LocalDate.class), rs.getObject("owner_unit_id", Long.class),
				(closed != null) ? closed.toInstant() : null, rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant());
	}

}
