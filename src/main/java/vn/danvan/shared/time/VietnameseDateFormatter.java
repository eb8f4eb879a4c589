package vn.danvan.shared.time;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.format.Formatter;

/**
 * Every date of a form or a query, read and shown as {@code dd/MM/yyyy} whatever the
 * browser's language ({@link VietnamTime#parseDate}; {@code yyyy-MM-dd} is read too).
 * Registered once, by the web shell, for every {@code LocalDate} the application binds; a
 * date that cannot be read is a {@code typeMismatch} with a Vietnamese message.
 */
public final class VietnameseDateFormatter implements Formatter<LocalDate> {

	@Override
	public LocalDate parse(String text, Locale locale) throws ParseException {
		try {
			return VietnamTime.parseDate(text);
		}
		catch (DateTimeParseException ex) {
			ParseException refused = new ParseException(text, 0);
			refused.initCause(ex);
			throw refused;
		}
	}

	@Override
	public String print(LocalDate date, Locale locale) {
		return VietnamTime.formatDate(date);
	}

}
