package vn.danvan.shared.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Vietnam's time zone and the date formats officials read: {@code dd/MM/yyyy} and
 * {@code HH:mm dd/MM/yyyy}.
 */
public final class VietnamTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private VietnamTime() {
	}

	public static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZONE);
	}

	public static String formatDateTime(Instant instant) {
		return DATE_TIME.format(local(instant));
	}

	public static String formatTime(Instant instant) {
		return TIME.format(local(instant));
	}

}
