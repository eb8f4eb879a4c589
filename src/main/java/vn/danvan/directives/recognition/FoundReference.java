package vn.danvan.directives.recognition;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.danvan.directives.DirectiveType;

/**
 * A directive reference found in a text, before it is looked up in the register.
 *
 * @param start position of the first character in the original text
 * @param end position after the last character in the original text
 * @param text the reference as written
 * @param types the types it may be (two for a bare "217-QĐ/TW": decision or regulation)
 * @param number the document number without leading zeros ("25")
 * @param symbol the full symbol when written ("25-NQ/TW", "1234/QĐ-UBND"), else
 * {@code null}
 * @param symbolSuffix the body part of a Party symbol ("TW", "TU"), else {@code null}
 * @param date the date of issue when written
 * @param year the year when only the year is written (or the year of {@code date})
 * @param issuer the kind of issuing body named ("của Ban Bí thư"), else {@code null}
 * @param issuerText the issuing body as written, else {@code null}
 * @param term the Party term named ("XI" in "khóa XI"), else {@code null}
 * @param name the {@link NameKey} of the registered name or alias found ("nghi quyet dai
 * hoi xiii cua dang"), for a directive named without a number (then {@code number} is
 * empty); else {@code null}
 */
public record FoundReference(int start, int end, String text, List<DirectiveType> types, String number, String symbol,
		String symbolSuffix, LocalDate date, Integer year, IssuerKind issuer, String issuerText, String term,
		String name) {

	public FoundReference(int start, int end, String text, List<DirectiveType> types, String number, String symbol,
			String symbolSuffix, LocalDate date, Integer year, IssuerKind issuer, String issuerText, String term) {
		this(start, end, text, types, number, symbol, symbolSuffix, date, year, issuer, issuerText, term, null);
	}

	/**
	 * A registered name or alias found in a text.
	 */
	public static FoundReference named(int start, int end, String text, List<DirectiveType> types, String nameKey) {
		return new FoundReference(start, end, text, types, "", null, null, null, null, null, null, null, nameKey);
	}

	/**
	 * A short label for lists of unknown references: "Kết luận 178", "Chỉ thị 05-CT/TW
	 * (2021)".
	 */
	public String label() {
		if (this.name != null) {
			return this.text.replaceAll("\\s+", " ").strip();
		}
		StringBuilder label = new StringBuilder(this.types.get(0).vietnamese()).append(' ');
		label.append((this.symbol != null) ? this.symbol : this.number);
		if (this.date != null) {
			label.append(" ngày ").append(this.date.format(java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy")));
		}
		else if (this.year != null) {
			label.append(" (").append(this.year).append(')');
		}
		if (this.issuerText != null) {
			label.append(" của ").append(this.issuerText);
		}
		return label.toString();
	}

	/**
	 * What identifies the referenced document for grouping: type, number, symbol's body
	 * and year when known.
	 */
	public String key() {
		if (this.name != null) {
			// type, no number, no symbol, no year, then the name's key
			return this.types.get(0).name() + "||||" + this.name;
		}
		String symbolKey = (this.symbol != null) ? DirectiveText.fold(this.symbol).toUpperCase(Locale.ROOT) : "";
		return this.types.get(0).name() + "|" + this.number + "|" + symbolKey + "|"
				+ ((this.year != null) ? this.year : "");
	}

}
