package vn.danvan.documents.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.documents.ReviewDraft;

@Repository
class DraftRepository {

	private static final TypeReference<List<ReviewDraft.Compiled>> COMPILED = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final JsonMapper json;

	DraftRepository(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
		this.jdbc = jdbc;
		this.template = template;
		this.json = json;
	}

	long insert(long unitId, long periodId, String title, String summary, String actor) {
		return this.jdbc.sql("""
				insert into documents.review_draft (unit_id, period_id, title, summary, created_by, updated_by)
				values (?, ?, ?, ?, ?, ?) returning id
				""").params(unitId, periodId, title, summary, actor, actor).query(Long.class).single();
	}

	void insertSections(long draftId, List<ReviewDraft.Section> sections) {
		List<Object[]> rows = new ArrayList<>();
		for (ReviewDraft.Section s : sections) {
			rows.add(new Object[] { draftId, s.position(), s.sectionId(), s.depth(), s.label(), s.title(),
					s.narrative(), s.body(), s.figures(), this.json.writeValueAsString(s.compiled()) });
		}
		this.template.batchUpdate(
				"""
						insert into documents.draft_section (draft_id, position, section_id, depth, label, title, narrative, body,
						                                     figures, compiled)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
						""",
				rows);
	}

	void insertVersion(long draftId, int version, String actor, Map<Long, String> bodies) {
		this.jdbc
			.sql("""
					insert into documents.draft_version (draft_id, version, saved_by, bodies) values (?, ?, ?, cast(? as jsonb))
					""")
			.params(draftId, version, actor, this.json.writeValueAsString(bodies))
			.update();
	}

	/**
	 * The draft's row, locked for the rest of the transaction when {@code lock}.
	 */
	Optional<Row> find(long draftId, boolean lock) {
		return this.jdbc.sql("""
				select d.id, d.unit_id, d.period_id, d.title, d.summary, d.version, d.state,
				       (select id from documents.document where draft_id = d.id), d.updated_by, d.updated_at
				  from documents.review_draft d where d.id = ?
				""" + (lock ? " for update of d" : "")).param(draftId).query(DraftRepository::row).optional();
	}

	List<ReviewDraft.Section> sections(long draftId) {
		return this.jdbc.sql("""
				select position, section_id, depth, label, title, narrative, body, figures, compiled::text
				  from documents.draft_section where draft_id = ? order by position
				""")
			.param(draftId)
			.query((rs, n) -> new ReviewDraft.Section(rs.getInt(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
					rs.getString(5), rs.getBoolean(6), rs.getString(7), rs.getString(8),
					this.json.readValue(rs.getString(9), COMPILED)))
			.list();
	}

	/**
	 * Saves the bodies if the draft is still a draft at {@code expectedVersion}.
	 * @return false when it is not
	 */
	boolean save(long draftId, int expectedVersion, String title, String summary, Map<Long, String> bodies,
			String actor) {
		int updated = this.jdbc.sql("""
				update documents.review_draft set version = version + 1, title = ?, summary = ?, updated_by = ?,
				       updated_at = now()
				 where id = ? and version = ? and state = 'DRAFT'
				""").params(title, summary, actor, draftId, expectedVersion).update();
		if (updated == 0) {
			return false;
		}
		List<Object[]> rows = new ArrayList<>();
		bodies.forEach((sectionId, body) -> rows.add(new Object[] { body, draftId, sectionId }));
		this.template.batchUpdate("update documents.draft_section set body = ? where draft_id = ? and section_id = ?",
				rows);
		return true;
	}

	Map<Long, String> bodies(long draftId) {
		Map<Long, String> bodies = new LinkedHashMap<>();
		this.jdbc.sql("select section_id, body from documents.draft_section where draft_id = ? order by position")
			.param(draftId)
			.query((rs) -> {
				bodies.put(rs.getLong(1), rs.getString(2));
			});
		return bodies;
	}

	List<ReviewDraft.Version> versions(long draftId) {
		return this.jdbc.sql(
				"select version, saved_by, saved_at from documents.draft_version where draft_id = ? order by version desc")
			.param(draftId)
			.query((rs, n) -> new ReviewDraft.Version(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list();
	}

	void markIssued(long draftId) {
		this.jdbc.sql("update documents.review_draft set state = 'ISSUED', updated_at = now() where id = ?")
			.param(draftId)
			.update();
	}

	List<Row> ofUnits(List<Long> unitIds, int limit) {
		return this.jdbc.sql("""
				select d.id, d.unit_id, d.period_id, d.title, d.summary, d.version, d.state,
				       (select id from documents.document where draft_id = d.id), d.updated_by, d.updated_at
				  from documents.review_draft d where d.unit_id = any(cast(? as bigint[]))
				 order by d.updated_at desc limit ?
				""").params(unitIds.toArray(Long[]::new), limit).query(DraftRepository::row).list();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		long documentId = rs.getLong(8);
		Long document = rs.wasNull() ? null : documentId;
		Timestamp updated = rs.getTimestamp(10);
		return new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getInt(6),
				ReviewDraft.State.valueOf(rs.getString(7)), document, rs.getString(9), updated.toInstant());
	}

	record Row(long id, long unitId, long periodId, String title, String summary, int version, ReviewDraft.State state,
			Long documentId, String updatedBy, java.time.Instant updatedAt) {
	}

}
