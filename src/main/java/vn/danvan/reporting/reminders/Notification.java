package vn.danvan.reporting.reminders;

import java.time.Instant;

/**
 * An in-app notification (thông báo) of one user; {@code link} is a path inside the app
 * or {@code null}.
 */
public record Notification(long id, String title, String body, String link, Instant createdAt, Instant readAt) {

	public boolean unread() {
		return this.readAt == null;
	}

}
