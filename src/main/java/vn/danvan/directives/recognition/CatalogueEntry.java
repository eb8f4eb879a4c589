package vn.danvan.directives.recognition;

import java.time.LocalDate;
import java.util.Locale;
import vn.danvan.directives.DirectiveType;

/**
 * What the recogniser needs to know of a registered directive to resolve a reference.
 */
public record CatalogueEntry(long id, DirectiveType type, String symbol, LocalDate issuedOn, String issuer) {

	/**
	 * The document number without leading zeros ("25" of "25-NQ/TW").
	 */
	public String number() {
		return number(this.symbol);
	}

	/**
	 * The body part of a Party symbol ("TW" of "25-NQ/TW"), {@code null} for other
	 * symbols.
	 */
	public String suffix() {
		String folded = DirectiveText.fold(this.symbol);
		int slash = folded.lastIndexOf('/');
		return (folded.indexOf('-') > 0 && folded.indexOf('-') < slash)
				? folded.substring(slash + 1).toUpperCase(Locale.ROOT) : null;
	}

	public IssuerKind issuerKind() {
		IssuerKind kind = IssuerKind.of(this.issuer);
		if (kind == IssuerKind.OTHER && suffix() != null) {
			return IssuerKind.ofSuffix(suffix());
		}
		return kind;
	}

	/**
	 * The leading digits of a symbol without leading zeros.
	 */
	public static String number(String symbol) {
		int end = 0;
		while (end < symbol.length() && Character.isDigit(symbol.charAt(end))) {
			end++;
		}
		return (end == 0) ? "" : withoutLeadingZeros(symbol.substring(0, end));
	}

	/**
	 * "05" → "5", "0" stays "0".
	 */
	static String withoutLeadingZeros(String digits) {
		int start = 0;
		while (start < digits.length() - 1 && digits.charAt(start) == '0') {
			start++;
		}
		return digits.substring(start);
	}

	/**
	 * The symbol folded for comparison: "11-QĐi/TW" and "11-qdi/tw" compare equal.
	 */
	public static String symbolKey(String symbol) {
		return DirectiveText.fold(symbol).replace(" ", "").toUpperCase(Locale.ROOT);
	}

}
