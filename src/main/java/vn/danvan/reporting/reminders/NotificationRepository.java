package vn.danvan.reporting.reminders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRepository {

	private final JdbcClient jdbc;

	NotificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean insert(String username, String title, String body, String link, String dedupKey) {
		return this.jdbc.sql("""
				insert into reporting.notification (username, title, body, link, dedup_key)
				values (?, ?, ?, ?, ?)
				on conflict (dedup_key) do nothing
				""").params(username, title, body, link, dedupKey).update() == 1;
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
