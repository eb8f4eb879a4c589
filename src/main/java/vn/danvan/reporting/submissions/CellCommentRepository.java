package vn.danvan.reporting.submissions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CellCommentRepository {

	private static final String COLUMNS = """
			select id, submission_id, version, cell_key, body, author, author_name, created_at, answered_by,
			       answered_by_name, answered_at
			  from reporting.cell_comment
			""";

	private final JdbcClient jdbc;

	CellCommentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CellComment> ofSubmission(long submissionId) {
		return this.jdbc.sql(COLUMNS + " where submission_id = ? order by created_at, id")
			.param(submissionId)
			.query(CellCommentRepository::comment)
			.list();
	}

	Optional<CellComment> find(long submissionId, long commentId) {
		return this.jdbc.sql(COLUMNS + " where submission_id = ? and id = ?")
			.params(submissionId, commentId)
			.query(CellCommentRepository::comment)
			.optional();
	}

	CellComment insert(long submissionId, int version, String cell, String text, String author, String authorName,
			Instant at) {
		long id = this.jdbc
			.sql("""
					insert into reporting.cell_comment (submission_id, version, cell_key, body, author, author_name, created_at)
					values (?, ?, ?, ?, ?, ?, ?) returning id
					""")
			.params(submissionId, version, cell, text, author, authorName, Timestamp.from(at))
			.query(Long.class)
			.single();
		return find(submissionId, id).orElseThrow();
	}

	/**
	 * Marks the comment answered unless it already is.
	 * @return true when it was marked now
	 */
	boolean answer(long submissionId, long commentId, String actor, String actorName, Instant at) {
		return this.jdbc.sql("""
				update reporting.cell_comment set answered_by = ?, answered_by_name = ?, answered_at = ?
				 where submission_id = ? and id = ? and answered_at is null
				""").params(actor, actorName, Timestamp.from(at), submissionId, commentId).update() == 1;
	}

	private static CellComment comment(ResultSet rs, int n) throws SQLException {
		Timestamp answered = rs.getTimestamp("answered_at");
		return new CellComment(rs.getLong("id"), rs.getLong("submission_id"), rs.getInt("version"),
				rs.getString("cell_key"), rs.getString("body"), rs.getString("author"), rs.getString("author_name"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("answered_by"),
				rs.getString("answered_by_name"), (answered != null) ? answered.toInstant() : null);
	}

}
