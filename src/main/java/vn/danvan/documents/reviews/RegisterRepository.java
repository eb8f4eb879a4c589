package vn.danvan.documents.reviews;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.documents.IssuedDocument;

@Repository
class RegisterRepository {

	private static final String COLUMNS = """
			select id, draft_id, unit_id, period_id, symbol, year, number, number_text, issued_on, issuing_body, title,
			       issued_by, issued_at, pdf is not null, file_name, issue_reason
			  from documents.document
			""";

	private final JdbcClient jdbc;

	RegisterRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The next number of an issuing body in a year: one statement that inserts or
	 * increments the counter and returns it, holding its row lock until the transaction
	 * ends, so two transactions never get the same number and a rolled-back issue leaves
	 * no gap.
	 */
	int next(long unitId, String symbol, int year) {
		return this.jdbc.sql("""
				insert into documents.register_counter (unit_id, symbol, year, last_number) values (?, ?, ?, 1)
				on conflict (unit_id, symbol, year) do update set last_number = register_counter.last_number + 1
				returning last_number
				""").params(unitId, symbol, year).query(Integer.class).single();
	}

	long insert(Long draftId, long unitId, Long periodId, String symbol, int year, int number, String numberText,
			java.time.LocalDate issuedOn, String issuingBody, String title, byte[] docx, byte[] xlsx, String actor,
			String fileName, String checkJson, String reason) {
		return this.jdbc.sql("""
				insert into documents.document (draft_id, unit_id, period_id, symbol, year, number, number_text,
				                                issued_on, issuing_body, title, docx, xlsx, issued_by,
				                                file_name, issue_check, issue_reason)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?) returning id
				""")
			.params(draftId, unitId, periodId, symbol, year, number, numberText, Date.valueOf(issuedOn), issuingBody,
					title, docx, xlsx, actor, fileName, checkJson, reason)
			.query(Long.class)
			.single();
	}

	Optional<IssuedDocument> find(long id) {
		return this.jdbc.sql(COLUMNS + " where id = ?").param(id).query(RegisterRepository::document).optional();
	}

	Optional<IssuedDocument> findByDraft(long draftId) {
		return this.jdbc.sql(COLUMNS + " where draft_id = ?")
			.param(draftId)
			.query(RegisterRepository::document)
			.optional();
	}

	List<IssuedDocument> ofUnits(List<Long> unitIds, int limit) {
		return this.jdbc.sql(COLUMNS + " where unit_id = any(cast(? as bigint[])) order by issued_at desc limit ?")
			.params(unitIds.toArray(Long[]::new), limit)
			.query(RegisterRepository::document)
			.list();
	}

	byte[] file(long id, String column) {
		if (!List.of("docx", "xlsx", "pdf").contains(column)) {
			throw new IllegalArgumentException(column);
		}
		return this.jdbc.sql("select " + column + " from documents.document where id = ?")
			.param(id)
			.query((rs, n) -> rs.getBytes(1))
			.optional()
			.orElse(null);
	}

	void storePdf(long id, byte[] pdf) {
		this.jdbc.sql("update documents.document set pdf = ? where id = ? and pdf is null").params(pdf, id).update();
	}

	private static IssuedDocument document(ResultSet rs, int n) throws SQLException {
		long draft = rs.getLong(2);
		Long draftId = rs.wasNull() ? null : draft;
		long period = rs.getLong(4);
		Long periodId = rs.wasNull() ? null : period;
		return new IssuedDocument(rs.getLong(1), draftId, rs.getLong(3), periodId, rs.getString(5), rs.getInt(6),
				rs.getInt(7), rs.getString(8), rs.getDate(9).toLocalDate(), rs.getString(10), rs.getString(11),
				rs.getString(12), rs.getTimestamp(13).toInstant(), rs.getBoolean(14), rs.getString(15),
				rs.getString(16));
	}

}
