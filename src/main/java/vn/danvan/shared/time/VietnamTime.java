package vn.danvan.shared.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnam's time zone and the date formats officials read: {@code dd/MM/yyyy} and
 * {@code HH:mm dd/MM/yyyy}.
 */
public final class VietnamTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	/**
	 * What a date field accepts, as an HTML {@code pattern}: {@code dd/MM/yyyy} (one
	 * digit for the day or month is enough), the eight digits {@code ddMMyyyy}, and
	 * {@code yyyy-MM-dd} (links, the API, programs).
	 */
	public static final String DATE_INPUT_PATTERN = "\\d{1,2}/\\d{1,2}/\\d{4}|\\d{8}|\\d{4}-\\d{1,2}-\\d{1,2}";

	private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");

	private static final Pattern EIGHT_DIGITS = Pattern.compile("(\\d{2})(\\d{2})(\\d{4})");

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-M-d")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private VietnamTime() {
	}

	/**
	 * A date as an official types it, whatever the browser's language: {@code 01/03/2025}
	 * (or {@code 1/3/2025}, {@code 01.03.2025}, {@code 01032025}) is the first of March;
	 * {@code 2025-03-01} is read too. A day that does not exist (31/02/2025) is refused.
	 * @throws DateTimeParseException when the text is not such a date
	 */
	public static LocalDate parseDate(String text) {
		String value = (text == null) ? "" : text.strip();
		Matcher dmy = DAY_MONTH_YEAR.matcher(value);
		if (dmy.matches()) {
			return LocalDate.parse(dmy.group(1) + "/" + dmy.group(2) + "/" + dmy.group(3), STRICT);
		}
		Matcher digits = EIGHT_DIGITS.matcher(value);
		if (digits.matches()) {
			return LocalDate.parse(digits.group(1) + "/" + digits.group(2) + "/" + digits.group(3), STRICT);
		}
		return LocalDate.parse(value, ISO);
	}

	/**
	 * A date as officials read it: {@code dd/MM/yyyy}.
	 */
	public static String formatDate(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
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
