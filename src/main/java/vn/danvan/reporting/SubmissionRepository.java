package vn.danvan.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.reporting.submissions.Revision;
import vn.danvan.reporting.submissions.Transition;
import vn.danvan.reporting.submissions.SubmissionContent;

@Repository
class SubmissionRepository {

	private static final String COLUMNS = """
			select id, period_id, unit_id, state, version, updated_at, updated_by, submitted_at
			from reporting.submission
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SubmissionRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<Submission> find(long id) {
		return this.jdbc.sql(COLUMNS + " where id = ?").param(id).query(SubmissionRepository::submission).optional();
	}

	/**
	 * Locks the submission and reads its period with it, in one statement.
	 */
	Optional<Locked> lock(long id) {
		return this.jdbc.sql("""
				select p.id, v.template_id, p.template_version_id, t.name as template_name, p.period_type, p.name,
				       p.window_from, p.window_to, p.deadline, p.owner_unit_id, p.closed_at, p.created_by, p.created_at,
				       s.id as s_id, s.period_id as s_period_id, s.unit_id as s_unit_id, s.state as s_state,
				       s.version as s_version, s.updated_at as s_updated_at, s.updated_by as s_updated_by,
				       s.submitted_at as s_submitted_at
				  from reporting.submission s
				  join reporting.period p on p.id = s.period_id
				  join reporting.template_version v on v.id = p.template_version_id
				  join reporting.template t on t.id = v.template_id
				 where s.id = ?
				   for update of s
				""")
			.param(id)
			.query((rs, n) -> new Locked(submission(rs, "s_"), PeriodRepository.period(rs, n)))
			.optional();
	}

	Optional<Submission> find(long periodId, long unitId) {
		return this.jdbc.sql(COLUMNS + " where period_id = ? and unit_id = ?")
			.params(periodId, unitId)
			.query(SubmissionRepository::submission)
			.optional();
	}

	/**
	 * The template version a report is made with (the one of the part of its period that
	 * expected its unit).
	 */
	long templateVersionId(long submissionId) {
		return this.jdbc.sql("select template_version_id from reporting.submission where id = ?")
			.param(submissionId)
			.query(Long.class)
			.single();
	}

	/**
	 * The template version of every report of a period, by report.
	 */
	Map<Long, Long> templateVersionsOfPeriod(long periodId) {
		Map<Long, Long> versions = new java.util.HashMap<>();
		this.jdbc.sql("select id, template_version_id from reporting.submission where period_id = ?")
			.param(periodId)
			.query((rs) -> {
				versions.put(rs.getLong(1), rs.getLong(2));
			});
		return versions;
	}

	List<Submission> ofPeriod(long periodId) {
		return this.jdbc.sql(COLUMNS + " where period_id = ?")
			.param(periodId)
			.query(SubmissionRepository::submission)
			.list();
	}

	/**
	 * Counts of the periods' reports by state, over the given units (all when null), in
	 * one query: "missing" counts reports not handed in once the period's deadline has
	 * passed.
	 */
	java.util.Map<Long, PeriodProgress> progress(Collection<Period> periods, Collection<Long> unitIds,
			java.time.LocalDate today) {
		java.util.Map<Long, Period> byId = new java.util.LinkedHashMap<>();
		periods.forEach((p) -> byId.put(p.id(), p));
		if (byId.isEmpty()) {
			return java.util.Map.of();
		}
		String sql = """
				select s.period_id,
				       count(*) as expected,
				       count(*) filter (where s.state in ('SUBMITTED', 'APPROVED')) as handed_in,
				       count(*) filter (where s.state = 'SUBMITTED') as awaiting,
				       count(*) filter (where s.state = 'APPROVED') as approved,
				       count(*) filter (where s.state = 'RETURNED') as returned,
				       count(*) filter (where s.state not in ('SUBMITTED', 'APPROVED') and p.deadline < :today) as missing
				from reporting.submission s join reporting.period p on p.id = s.period_id
				where s.period_id = any(cast(:periods as bigint[]))
				"""
				+ ((unitIds != null) ? " and s.unit_id = any(cast(:units as bigint[]))" : "") + " group by s.period_id";
		var statement = this.jdbc.sql(sql).param("periods", byId.keySet().toArray(Long[]::new)).param("today", today);
		if (unitIds != null) {
			statement = statement.param("units", unitIds.toArray(Long[]::new));
		}
		java.util.Map<Long, PeriodProgress> progress = new java.util.HashMap<>();
		statement.query((rs, n) -> {
			Period period = byId.get(rs.getLong("period_id"));
			return new PeriodProgress(period, rs.getInt("expected"), rs.getInt("handed_in"), rs.getInt("awaiting"),
					rs.getInt("approved"), rs.getInt("returned"), rs.getInt("missing"));
		}).list().forEach((p) -> progress.put(p.period().id(), p));
		return progress;
	}

	List<Submission> ofUnits(Collection<Long> unitIds) {
		return this.jdbc.sql(COLUMNS + " where unit_id = any(cast(? as bigint[]))")
			.param(unitIds.toArray(Long[]::new))
			.query(SubmissionRepository::submission)
			.list();
	}

	List<Submissions.UnitNarratives> narratives(long periodId, Collection<Long> unitIds) {
		Map<Long, Submissions.UnitNarratives> byUnit = new LinkedHashMap<>();
		this.jdbc.sql("""
				select s.unit_id, s.id, s.state, n.section_id, n.body
				  from reporting.submission s
				  left join reporting.submission_narrative n on n.submission_id = s.id
				 where s.period_id = ? and s.unit_id = any(cast(? as bigint[]))
				 order by s.unit_id, n.section_id
				""").param(periodId).param(unitIds.toArray(Long[]::new)).query((rs) -> {
			Submissions.UnitNarratives unit = byUnit.computeIfAbsent(rs.getLong(1),
					(id) -> new Submissions.UnitNarratives(id, 0, null, new LinkedHashMap<>()));
			if (unit.state() == null) {
				unit = new Submissions.UnitNarratives(unit.unitId(), rs.getLong(2),
						SubmissionState.valueOf(rs.getString(3)), unit.narratives());
				byUnit.put(unit.unitId(), unit);
			}
			long sectionId = rs.getLong(4);
			if (!rs.wasNull() && rs.getString(5) != null) {
				unit.narratives().put(sectionId, rs.getString(5));
			}
		});
		return List.copyOf(byUnit.values());
	}

	SubmissionContent content(long submissionId, TemplateStructure structure) {
		Map<String, BigDecimal> numbers = new LinkedHashMap<>();
		Map<String, String> texts = new LinkedHashMap<>();
		Map<String, String> raw = new LinkedHashMap<>();
		this.jdbc.sql("""
				select indicator_id, item, number_value, text_value, raw_text
				  from reporting.submission_value where submission_id = ?
				""").param(submissionId).query((rs) -> {
			Indicator indicator = structure.indicator(rs.getLong(1));
			if (indicator == null) {
				return;
			}
			String key = TemplateStructure.key(indicator, rs.getString(2));
			BigDecimal number = rs.getBigDecimal(3);
			if (number != null) {
				numbers.put(key, number.stripTrailingZeros());
			}
			else if (rs.getString(4) != null) {
				texts.put(key, rs.getString(4));
			}
			else if (rs.getString(5) != null) {
				raw.put(key, rs.getString(5));
			}
		});
		Map<Long, String> narratives = new LinkedHashMap<>();
		this.jdbc.sql("select section_id, body from reporting.submission_narrative where submission_id = ?")
			.param(submissionId)
			.query((rs) -> {
				narratives.put(rs.getLong(1), rs.getString(2));
			});
		return new SubmissionContent(numbers, texts, narratives, raw);
	}

	/**
	 * The report's numbers, for the events that tell other modules it was handed in or
	 * taken back.
	 */
	List<ReportedValue> reportedValues(long submissionId) {
		return this.jdbc.sql("""
				select indicator_id, item, number_value from reporting.submission_value
				 where submission_id = ? and number_value is not null order by indicator_id, item
				""")
			.param(submissionId)
			.query((rs, n) -> new ReportedValue(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3)))
			.list();
	}

	/**
	 * Writes and deletes many values, one statement each (the cells as arrays).
	 */
	void putValues(long submissionId, List<CellValue> puts, List<CellValue> deletes) {
		if (!puts.isEmpty()) {
			this.jdbc.sql("""
					insert into reporting.submission_value
					       (submission_id, indicator_id, item, number_value, text_value, raw_text)
					select ?, v.indicator_id, v.item, v.number_value, v.text_value, v.raw_text
					  from unnest(cast(? as bigint[]), cast(? as text[]), cast(? as numeric[]), cast(? as text[]),
					              cast(? as text[]))
					       as v (indicator_id, item, number_value, text_value, raw_text)
					on conflict (submission_id, indicator_id, item)
					do update set number_value = excluded.number_value, text_value = excluded.text_value,
					              raw_text = excluded.raw_text
					""")
				.params(submissionId, puts.stream().map(CellValue::indicatorId).toArray(Long[]::new),
						puts.stream().map(CellValue::item).toArray(String[]::new),
						puts.stream()
							.map((v) -> (v.number() != null) ? v.number().toPlainString() : null)
							.toArray(String[]::new),
						puts.stream().map(CellValue::text).toArray(String[]::new),
						puts.stream().map(CellValue::raw).toArray(String[]::new))
				.update();
		}
		if (!deletes.isEmpty()) {
			this.jdbc.sql("""
					delete from reporting.submission_value
					 where submission_id = ?
					   and (indicator_id, item) in (select * from unnest(cast(? as bigint[]), cast(? as text[])))
					""")
				.params(submissionId, deletes.stream().map(CellValue::indicatorId).toArray(Long[]::new),
						deletes.stream().map(CellValue::item).toArray(String[]::new))
				.update();
		}
	}

	/**
	 * Writes narratives by section id; a blank one is deleted. One statement for the
	 * writes, one for the deletes.
	 */
	void putNarratives(long submissionId, Map<Long, String> bodies) {
		List<Long> puts = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		List<Long> deletes = new ArrayList<>();
		bodies.forEach((sectionId, body) -> {
			if (body == null || body.isBlank()) {
				deletes.add(sectionId);
			}
			else {
				puts.add(sectionId);
				texts.add(body);
			}
		});
		if (!puts.isEmpty()) {
			this.jdbc
				.sql("""
						insert into reporting.submission_narrative (submission_id, section_id, body)
						select ?, n.section_id, n.body from unnest(cast(? as bigint[]), cast(? as text[])) as n (section_id, body)
						on conflict (submission_id, section_id) do update set body = excluded.body
						""")
				.params(submissionId, puts.toArray(Long[]::new), texts.toArray(String[]::new))
				.update();
		}
		if (!deletes.isEmpty()) {
			this.jdbc.sql("""
					delete from reporting.submission_narrative
					 where submission_id = ? and section_id = any(cast(? as bigint[]))
					""").params(submissionId, deletes.toArray(Long[]::new)).update();
		}
	}

	/**
	 * Moves the submission to its next version if it is still at the expected one.
	 * @return the submission after the move, empty when it was not at that version
	 */
	Optional<Submission> advance(long id, int expectedVersion, SubmissionState state, String actor, Instant at,
			boolean submitted) {
		return this.jdbc.sql("""
				update reporting.submission
				set version = version + 1, state = :state, updated_at = :at, updated_by = :actor,
				    submitted_at = case when :submitted then :at else submitted_at end
				where id = :id and version = :version
				returning id, period_id, unit_id, state, version, updated_at, updated_by, submitted_at
				""")
			.param("state", state.name())
			.param("at", Timestamp.from(at))
			.param("actor", actor)
			.param("submitted", submitted)
			.param("id", id)
			.param("version", expectedVersion)
			.query(SubmissionRepository::submission)
			.optional();
	}

	void insertRevision(long submissionId, int version, String actor, Instant at, String source,
			List<Revision.Change> changes) {
		this.jdbc
			.sql("""
					insert into reporting.submission_revision (submission_id, version, changed_by, changed_at, source, changes)
					values (?, ?, ?, ?, ?, cast(? as jsonb))
					""")
			.params(submissionId, version, actor, Timestamp.from(at), source, this.json.writeValueAsString(changes))
			.update();
	}

	List<Revision> revisions(long submissionId, int afterVersion) {
		return this.jdbc.sql("""
				select version, changed_by, changed_at, source, changes from reporting.submission_revision
				where submission_id = ? and version > ? order by version
				""")
			.params(submissionId, afterVersion)
			.query((rs, n) -> new Revision(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getString(4), changes(rs.getString(5))))
			.list();
	}

	void insertTransition(long submissionId, SubmissionState from, SubmissionState to, String actor, Instant at,
			String comment) {
		this.jdbc.sql("""
				insert into reporting.submission_transition (submission_id, from_state, to_state, actor, at, comment)
				values (?, ?, ?, ?, ?, ?)
				""").params(submissionId, from.name(), to.name(), actor, Timestamp.from(at), comment).update();
	}

	List<Transition> transitions(long submissionId) {
		return this.jdbc.sql("""
				select from_state, to_state, actor, at, comment from reporting.submission_transition
				where submission_id = ? order by at, id
				""")
			.param(submissionId)
			.query((rs, n) -> new Transition(SubmissionState.valueOf(rs.getString(1)),
					SubmissionState.valueOf(rs.getString(2)), rs.getString(3), rs.getTimestamp(4).toInstant(),
					rs.getString(5)))
			.list();
	}

	private List<Revision.Change> changes(String json) {
		return new ArrayList<>(this.json.readValue(json, new TypeReference<List<Revision.Change>>() {
		}));
	}

	/**
	 * One cell's value to write or delete.
	 */
	record CellValue(long indicatorId, String item, BigDecimal number, String text, String raw) {

		boolean empty() {
			return this.number == null && this.text == null && this.raw == null;
		}

	}

	static Submission submission(ResultSet rs, int n) throws SQLException {
		return submission(rs, "");
	}

	private static Submission submission(ResultSet rs, String prefix) throws SQLException {
		Timestamp updated = rs.getTimestamp(prefix + "updated_at");
		Timestamp submitted = rs.getTimestamp(prefix + "submitted_at");
		return new Submission(rs.getLong(prefix + "id"), rs.getLong(prefix + "period_id"),
				rs.getLong(prefix + "unit_id"), SubmissionState.valueOf(rs.getString(prefix + "state")),
				rs.getInt(prefix + "version"), (updated != null) ? updated.toInstant() : null,
				rs.getString(prefix + "updated_by"), (submitted != null) ? submitted.toInstant() : null);
	}

	/**
	 * A submission locked for a change, with its period.
	 */
	record Locked(Submission submission, Period period) {
	}

}
