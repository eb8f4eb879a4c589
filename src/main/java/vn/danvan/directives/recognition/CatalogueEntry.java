package vn.danvan.directives.recognition;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.danvan.directives.DirectiveType;

/**
 * What the recogniser needs to know of a registered directive to resolve a reference.
 *
 * @param symbol the symbol, empty for a directive known only by its name
 * @param name the name it is known by ("Nghị quyết Đại hội đại biểu toàn quốc lần thứ
 * XIII của Đảng"), else {@code null}
 * @param aliases other names texts give it ("Nghị quyết Đại hội XIII")
 * @param issuerUnitId the unit that issued it (the issuer unit, else the owner unit),
 * else {@code null}: a local document with a unit resolves only for texts of that unit's
 * chain of units
 */
public record CatalogueEntry(long id, DirectiveType type, String symbol, LocalDate issuedOn, String issuer, String name,
		List<String> aliases, Long issuerUnitId) {

	public CatalogueEntry {
		symbol = (symbol != null) ? symbol : "";
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
	}

	/**
	 * A directive known by its symbol, issued by no unit Danvan knows.
	 */
	public CatalogueEntry(long id, DirectiveType type, String symbol, LocalDate issuedOn, String issuer) {
		this(id, type, symbol, issuedOn, issuer, null, List.of(), null);
	}

	/**
	 * The symbol, or the name of a directive that has none.
	 */
	public String label() {
		return (this.symbol.isEmpty() && this.name != null) ? this.name : this.symbol;
	}

	/**
	 * The keys ({@link NameKey}) of its name and aliases.
	 */
	public List<String> nameKeys() {
		List<String> keys = new java.util.ArrayList<>();
		if (this.name != null) {
			keys.add(NameKey.of(this.name));
		}
		this.aliases.forEach((alias) -> keys.add(NameKey.of(alias)));
		return keys.stream().filter((key) -> !key.isEmpty()).distinct().toList();
	}

	/**
	 * True when the issuer is a body of a unit (a province's, a commune's), so that the
	 * same number may exist elsewhere; false for the Party's central bodies and for what
	 * no unit issued.
	 */
	public boolean local() {
		return this.issuerUnitId != null && !issuerKind().central();
	}

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
		if (suffix() != null && IssuerKind.ofSuffix(suffix()).central() && !kind.central()) {
			// "3717-CV/BTGDVTW" of the "Ban Tuyên giáo và Dân vận Trung ương"
			return IssuerKind.CENTRAL;
		}
		if (kind == IssuerKind.OTHER && suffix() != null) {
			return IssuerKind.ofSuffix(suffix());
		}
		return kind;
	}

	/**
	 * The leading digits of a symbol without leading zeros.
	 */
	public static String number(String symbol) {
		if (symbol == null) {
			return "";
		}
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
