package vn.danvan.reporting.reminders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRepository {

	private final JdbcClient jdbc;

	NotificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts a notification about something that happened at {@code aboutAt}; already
	 * read when a later step of the same link was told before it (events can arrive out
	 * of order).
	 */
	boolean insert(String username, String title, String body, String link, String dedupKey, Instant aboutAt) {
		return this.jdbc.sql("""
				insert into reporting.notification (username, title, body, link, dedup_key, about_at, read_at)
				values (:username, :title, :body, :link, :key, :at,
				        case when exists (select 1 from reporting.notification later
				                           where later.link = :link and later.about_at > :at
				                             and later.dedup_key is not null) then now() end)
				on conflict (dedup_key) do nothing
				""")
			.param("username", username)
			.param("title", title)
			.param("body", body)
			.param("link", link)
			.param("key", dedupKey)
			.param("at", Timestamp.from(aboutAt))
			.update() == 1;
	}

	/**
	 * Marks read every unread notification of the link about something before {@code at}:
	 * the step they asked for is done.
	 */
	int settle(String link, Instant at) {
		return this.jdbc.sql("""
				update reporting.notification set read_at = now()
				where link = :link and read_at is null and about_at < :at
				""").param("link", link).param("at", Timestamp.from(at)).update();
	}

	long unread(String username) {
		return this.jdbc.sql("select count(*) from reporting.notification where username = ? and read_at is null")
			.param(username)
			.query(Long.class)
			.single();
	}

	List<Notification> latest(String username, int limit) {
		return this.jdbc.sql("""
				select id, title, body, link, created_at, read_at from reporting.notification
				where username = ? order by id desc limit ?
				""").params(username, limit).query(NotificationRepository::notification).list();
	}

	boolean exists(String username, long id) {
		return this.jdbc.sql("select count(*) from reporting.notification where id = ? and username = ?")
			.params(id, username)
			.query(Integer.class)
			.single() > 0;
	}

	void markRead(String username, long id) {
		this.jdbc.sql("""
				update reporting.notification set read_at = now()
				where id = ? and username = ? and read_at is null
				""").params(id, username).update();
	}

	int markAllRead(String username) {
		return this.jdbc.sql("update reporting.notification set read_at = now() where username = ? and read_at is null")
			.param(username)
			.update();
	}

	static Notification notification(ResultSet rs, int n) throws SQLException {
		Timestamp read = rs.getTimestamp("read_at");
		return new Notification(rs.getLong("id"), rs.getString("title"), rs.getString("body"), rs.getString("link"),
				rs.getTimestamp("created_at").toInstant(), (read != null) ? read.toInstant() : null);
	}

}
