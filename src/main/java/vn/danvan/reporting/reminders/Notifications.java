package vn.danvan.reporting.reminders;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.errors.NotFoundException;

/**
 * In-app notifications: what a user is told (reminders, reports handed in, returned,
 * approved, reopened), how many are unread, and marking them read.
 */
@Service
public class Notifications {

	/**
	 * How many notifications a page lists, newest first.
	 */
	public static final int LIST_SIZE = 100;

	private final NotificationRepository notifications;

	Notifications(NotificationRepository notifications) {
		this.notifications = notifications;
	}

	@Transactional(readOnly = true)
	public long unread(String username) {
		return this.notifications.unread(username);
	}

	/**
	 * The user's latest {@value #LIST_SIZE} notifications, newest first.
	 */
	@Transactional(readOnly = true)
	public List<Notification> list(String username) {
		return this.notifications.latest(username, LIST_SIZE);
	}

	/**
	 * Marks one of the user's notifications read (again is harmless).
	 * @throws DanvanException 404 when the notification is not the user's
	 */
	@Transactional
	public void markRead(String username, long notificationId) {
		if (!this.notifications.exists(username, notificationId)) {
			throw new NotFoundException("reporting.error.notFound");
		}
		this.notifications.markRead(username, notificationId);
	}

	@Transactional
	public int markAllRead(String username) {
		return this.notifications.markAllRead(username);
	}

	/**
	 * Tells a user something; joins the caller's transaction.
	 * @param link a path inside the app ("/reporting/submissions/5") or {@code null}
	 */
	@Transactional
	public void notify(String username, String title, String body, String link) {
		notify(username, title, body, link, null, Instant.now());
	}

	/**
	 * As {@link #notify(String, String, String, String)}, about a step taken at
	 * {@code at}, once per key: a second call with the same key (a redelivered event)
	 * adds nothing; told after a later step of the same link, it is already read.
	 */
	@Transactional
	boolean notify(String username, String title, String body, String link, String dedupKey, Instant at) {
		if (link != null && (!link.startsWith("/") || link.startsWith("//"))) {
			throw new IllegalArgumentException("A notification links inside the app: " + link);
		}
		return this.notifications.insert(username, title, (body != null) ? body : "", link, dedupKey, at);
	}

	/**
	 * A step of what the link shows was taken at {@code at}: the earlier notifications
	 * about it, for everyone, no longer ask for anything and are marked read (a
	 * reviewer's "đã nộp" once the report is approved or returned, a unit's reminder or
	 * "trả lại" once it hands the report in).
	 */
	@Transactional
	int settle(String link, Instant at) {
		return this.notifications.settle(link, at);
	}

}
