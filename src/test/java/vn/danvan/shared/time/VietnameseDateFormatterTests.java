package vn.danvan.shared.time;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Dates are read as officials type them, whatever the browser's language (issue 20:
 * 01/03/2025 is the first of March, never the third of January).
 */
class VietnameseDateFormatterTests {

	final VietnameseDateFormatter formatter = new VietnameseDateFormatter();

	@Test
	void readsDayMonthYearInEveryLanguage() throws ParseException {
		LocalDate march = LocalDate.of(2025, 3, 1);
		for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.US, Locale.forLanguageTag("vi") }) {
			assertThat(this.formatter.parse("01/03/2025", locale)).isEqualTo(march);
		}
		assertThat(this.formatter.parse("1/3/2025", Locale.US)).isEqualTo(march);
		assertThat(this.formatter.parse(" 01.03.2025 ", Locale.US)).isEqualTo(march);
		assertThat(this.formatter.parse("01032025", Locale.US)).isEqualTo(march);
		assertThat(this.formatter.parse("2025-03-01", Locale.US)).isEqualTo(march);
		assertThat(this.formatter.parse("29/02/2024", Locale.US)).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@Test
	void showsDayMonthYear() {
		assertThat(this.formatter.print(LocalDate.of(2025, 3, 1), Locale.ENGLISH)).isEqualTo("01/03/2025");
	}

	@Test
	void refusesWhatIsNotADay() {
		for (String text : new String[] { "31/02/2025", "29/02/2025", "13/13/2025", "2025/03/01", "abc", "",
				"1/3/25" }) {
			assertThatExceptionOfType(ParseException.class).as(text)
				.isThrownBy(() -> this.formatter.parse(text, Locale.ENGLISH));
		}
	}

}
