package vn.danvan.shared.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese officials write them: {@code .} groups thousands and {@code ,}
 * marks decimals ({@code 650.082}, {@code 60,5}). Input also accepts plain digits
 * ({@code 1234}); a dot that does not group thousands ({@code 1.5}) is refused rather
 * than guessed.
 */
public final class VietnameseNumbers {

	private static final Pattern PLAIN = Pattern.compile("-?\\d+(,\\d+)?");

	private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");

	private VietnameseNumbers() {
	}

	/**
	 * The number written in {@code text}, or {@code null} when it is blank.
	 * @throws NumberFormatException when the text is not a number written either way
	 */
	public static BigDecimal parse(String text) {
		if (text == null) {
			return null;
		}
		String compact = text.strip().replace("\u00a0", "").replace(" ", "").replace('\u2212', '-');
		if (compact.isEmpty()) {
			return null;
		}
		if (!PLAIN.matcher(compact).matches() && !GROUPED.matcher(compact).matches()) {
			throw new NumberFormatException(text);
		}
		return new BigDecimal(compact.replace(".", "").replace(',', '.'));
	}

	/**
	 * {@code 1234.5} as {@code 1.234,5}; whole numbers without decimals.
	 */
	public static String format(BigDecimal number) {
		if (number == null) {
			return "";
		}
		return FORMAT.get().format(number);
	}

	private static final ThreadLocal<DecimalFormat> FORMAT = ThreadLocal.withInitial(() -> {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi"));
		symbols.setGroupingSeparator('.');
		symbols.setDecimalSeparator(',');
		symbols.setMinusSign('-');
		DecimalFormat format = new DecimalFormat("#,##0.####", symbols);
		format.setParseBigDecimal(true);
		return format;
	});

}
