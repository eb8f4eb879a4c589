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

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class SubmissionRepository {

	private static final String COLUMNS = """
			select id, period_id, unit_id, state, version, updated_at, updated_by, submitted_at
			from reporting.submission
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final JsonMapper json;

	SubmissionRepository(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.json = json;
	}

	Optional<Submission> find(long id) {
		return this.jdbc.sql(COLUMNS + " where id = ?").param(id).query(SubmissionRepository::submission).optional();
	}

	Optional<Submission> findForUpdate(long id) {
		return this.jdbc.sql(COLUMNS + " where id = ? for update")
			.param(id)
			.query(SubmissionRepository::submission)
			.optional();
	}

	Optional<Submission> find(long periodId, long unitId) {
		return this.jdbc.sql(COLUMNS + " where period_id = ? and unit_id = ?")
			.params(periodId, unitId)
			.query(SubmissionRepository::submission)
			.optional();
	}

	List<Submission> ofPeriod(long periodId) {
		return this.jdbc.sql(COLUMNS + " where period_id = ?")
			.param(periodId)
			.query(SubmissionRepository::submission)
			.list();
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
		this.jdbc
			.sql("""
					select indicator_id, item, number_value, text_value from reporting.submission_value where submission_id = ?
					""")
			.param(submissionId)
			.query((rs) -> {
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
			});
		Map<Long, String> narratives = new LinkedHashMap<>();
		this.jdbc.sql("select section_id, body from reporting.submission_narrative where submission_id = ?")
			.param(submissionId)
			.query((rs) -> {
				narratives.put(rs.getLong(1), rs.getString(2));
			});
		return new SubmissionContent(numbers, texts, narratives);
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
	 * Writes and deletes many values in two batches (one round trip each).
	 */
	void putValues(long submissionId, List<CellValue> puts, List<CellValue> deletes) {
		if (!puts.isEmpty()) {
			this.batch.batchUpdate("""
					insert into reporting.submission_value (submission_id, indicator_id, item, number_value, text_value)
					values (?, ?, ?, ?, ?)
					on conflict (submission_id, indicator_id, item)
					do update set number_value = excluded.number_value, text_value = excluded.text_value
					""",
					puts.stream()
						.map((v) -> new Object[] { submissionId, v.indicatorId(), v.item(), v.number(), v.text() })
						.toList());
		}
		if (!deletes.isEmpty()) {
			this.batch.batchUpdate(
					"delete from reporting.submission_value where submission_id = ? and indicator_id = ? and item = ?",
					deletes.stream().map((v) -> new Object[] { submissionId, v.indicatorId(), v.item() }).toList());
		}
	}

	/**
	 * Writes narratives by section id; a blank one is deleted.
	 */
	void putNarratives(long submissionId, Map<Long, String> bodies) {
		List<Object[]> puts = new ArrayList<>();
		List<Object[]> deletes = new ArrayList<>();
		bodies.forEach((sectionId, body) -> {
			if (body == null || body.isBlank()) {
				deletes.add(new Object[] { submissionId, sectionId });
			}
			else {
				puts.add(new Object[] { submissionId, sectionId, body });
			}
		});
		if (!puts.isEmpty()) {
			this.batch.batchUpdate("""
					insert into reporting.submission_narrative (submission_id, section_id, body) values (?, ?, ?)
					on conflict (submission_id, section_id) do update set body = excluded.body
					""", puts);
		}
		if (!deletes.isEmpty()) {
			this.batch.batchUpdate(
					"delete from reporting.submission_narrative where submission_id = ? and section_id = ?", deletes);
		}
	}

	/**
	 * Moves the submission to its next version if it is still at the expected one.
	 */
	boolean advance(long id, int expectedVersion, SubmissionState state, String actor, Instant at, boolean submitted) {
		return this.jdbc.sql("""
				update reporting.submission
				set version = version + 1, state = :state, updated_at = :at, updated_by = :actor,
				    submitted_at = case when :submitted then :at else submitted_at end
				where id = :id and version = :version
				""")
			.param("state", state.name())
			.param("at", Timestamp.from(at))
			.param("actor", actor)
			.param("submitted", submitted)
			.param("id", id)
			.param("version", expectedVersion)
			.update() == 1;
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
	record CellValue(long indicatorId, String item, BigDecimal number, String text) {
	}

	static Submission submission(ResultSet rs, int n) throws SQLException {
		Timestamp updated = rs.getTimestamp("updated_at");
		Timestamp submitted = rs.getTimestamp("submitted_at");
		return new Submission(rs.getLong("id"), rs.getLong("period_id"), rs.getLong("unit_id"),
				SubmissionState.valueOf(rs.getString("state")), rs.getInt("version"),
				(updated != null) ? updated.toInstant() : null, rs.getString("updated_by"),
				(submitted != null) ? submitted.toInstant() : null);
	}

}
