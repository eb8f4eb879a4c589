package vn.danvan.reporting.excel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploaded Excel files waiting for their confirmation, and the key that signs the forms.
 */
@Repository
class ExcelUploadRepository {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private volatile String signingKey;

	ExcelUploadRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	String signingKey() {
		String key = this.signingKey;
		if (key == null) {
			key = this.jdbc.sql("select key from reporting.excel_signing_key").query(String.class).single();
			this.signingKey = key;
		}
		return key;
	}

	void insert(PendingUpload upload) {
		this.jdbc
			.sql("""
					insert into reporting.excel_upload (id, submission_id, username, base_version, cell_values, narratives, created_at)
					values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)
					""")
			.params(upload.id(), upload.submissionId(), upload.username(), upload.baseVersion(),
					this.json.writeValueAsString(upload.values()),
					this.json.writeValueAsString(stringKeys(upload.narratives())), Timestamp.from(upload.createdAt()))
			.update();
	}

	/**
	 * The upload if it was made by this user for this submission and has not expired.
	 */
	Optional<PendingUpload> find(UUID id, long submissionId, String username, Instant notBefore) {
		return this.jdbc.sql("""
				select id, submission_id, username, base_version, cell_values, narratives, created_at
				from reporting.excel_upload
				where id = ? and submission_id = ? and username = ? and created_at >= ?
				""").params(id, submissionId, username, Timestamp.from(notBefore)).query((rs, n) -> {
			Map<String, String> narratives = this.json.readValue(rs.getString(6), new TypeReference<>() {
			});
			Map<Long, String> bySection = new LinkedHashMap<>();
			narratives.forEach((section, body) -> bySection.put(Long.valueOf(section), body));
			return new PendingUpload(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3), rs.getInt(4),
					this.json.readValue(rs.getString(5), new TypeReference<Map<String, String>>() {
					}), bySection, rs.getTimestamp(7).toInstant());
		}).optional();
	}

	void delete(UUID id) {
		this.jdbc.sql("delete from reporting.excel_upload where id = ?").param(id).update();
	}

	/**
	 * Forgets uploads that expired, and the earlier uploads of this user for this
	 * submission (a new upload replaces them).
	 */
	void forget(long submissionId, String username, Instant expiredBefore) {
		this.jdbc.sql("""
				delete from reporting.excel_upload
				where created_at < ? or (submission_id = ? and username = ?)
				""").params(Timestamp.from(expiredBefore), submissionId, username).update();
	}

	private static Map<String, String> stringKeys(Map<Long, String> narratives) {
		Map<String, String> byKey = new LinkedHashMap<>();
		narratives.forEach((section, body) -> byKey.put(String.valueOf(section), body));
		return byKey;
	}

	/**
	 * A parsed upload: the values and narratives that change, to be saved over
	 * {@code baseVersion}.
	 */
	record PendingUpload(UUID id, long submissionId, String username, int baseVersion, Map<String, String> values,
			Map<Long, String> narratives, Instant createdAt) {
	}

}
