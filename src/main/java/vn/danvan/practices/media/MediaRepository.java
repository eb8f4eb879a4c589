package vn.danvan.practices.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MediaRepository {

	private static final String COLUMNS = """
			id, practice_id, kind, file_name, content_type, size_bytes, width, height, caption, uploaded_by,
			uploaded_at""";

	private final JdbcClient jdbc;

	MediaRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<MediaItem> list(long practiceId) {
		return this.jdbc.sql("select " + COLUMNS + " from practices.media where practice_id = ? order by id")
			.param(practiceId)
			.query(MediaRepository::item)
			.list();
	}

	Optional<MediaItem> find(long practiceId, long id) {
		return this.jdbc.sql("select " + COLUMNS + " from practices.media where practice_id = ? and id = ?")
			.params(practiceId, id)
			.query(MediaRepository::item)
			.optional();
	}

	int count(long practiceId) {
		return this.jdbc.sql("select count(*) from practices.media where practice_id = ?")
			.param(practiceId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Locks the practice's row so that two uploads at once cannot both pass the count.
	 */
	void lockPractice(long practiceId) {
		this.jdbc.sql("select id from practices.practice where id = ? for update")
			.param(practiceId)
			.query()
			.listOfRows();
	}

	long insert(long practiceId, MediaItem.Kind kind, String fileName, String contentType, byte[] content,
			Integer width, Integer height, byte[] thumbnail, String caption, String actor) {
		return this.jdbc.sql("""
				insert into practices.media (practice_id, kind, file_name, content_type, size_bytes, width, height,
				                             caption, content, thumbnail, uploaded_by)
				values (:practice, :kind, :fileName, :contentType, :size, :width, :height, :caption, :content,
				        :thumbnail, :actor)
				returning id""")
			.param("practice", practiceId)
			.param("kind", kind.name())
			.param("fileName", fileName)
			.param("contentType", contentType)
			.param("size", content.length)
			.param("width", width)
			.param("height", height)
			.param("caption", caption)
			.param("content", content)
			.param("thumbnail", thumbnail)
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	Optional<byte[]> content(long practiceId, long id, boolean thumbnail) {
		return this.jdbc
			.sql("select " + (thumbnail ? "thumbnail" : "content")
					+ " from practices.media where practice_id = ? and id = ?")
			.params(practiceId, id)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	int delete(long practiceId, long id) {
		return this.jdbc.sql("delete from practices.media where practice_id = ? and id = ?")
			.params(practiceId, id)
			.update();
	}

	static MediaItem item(ResultSet rs, int n) throws SQLException {
		return new MediaItem(rs.getLong("id"), rs.getLong("practice_id"), MediaItem.Kind.valueOf(rs.getString("kind")),
				rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size_bytes"),
				(Integer) rs.getObject("width"), (Integer) rs.getObject("height"), rs.getString("caption"),
				rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
	}

}
