package vn.danvan.documents.profiles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.danvan.units.Unit;

/**
 * A named, versioned format of Party documents (the default is "HD36-2018"): font, sizes
 * in points, margins in millimetres, first-line indent in centimetres, the fixed texts
 * and the issuing bodies over time.
 */
public record FormatProfile(long id, String code, String name, String fontName, BigDecimal bodySize,
		BigDecimal headerSize, BigDecimal partySize, BigDecimal titleSize, BigDecimal marginTop,
		BigDecimal marginBottom, BigDecimal marginLeft, BigDecimal marginRight, BigDecimal indentCm,
		Map<String, String> labels, List<Body> bodies, int version) {

	/**
	 * The font used in files: the profile's when known, otherwise Times New Roman.
	 */
	public String effectiveFont() {
		return FormatDefaults.knownFont(this.fontName) ? this.fontName : FormatDefaults.FALLBACK_FONT;
	}

	public String label(String key) {
		String text = this.labels.get(key);
		return (text != null) ? text : FormatDefaults.LABELS.getOrDefault(key, key);
	}

	/**
	 * The issuing body of a unit on a date: the row of its level (and kind, when a row
	 * names kinds) valid on that date, kinds named before level-wide rows.
	 */
	public Body bodyOf(Unit unit, LocalDate date) {
		Body found = null;
		for (Body body : this.bodies) {
			if (!body.level().equals(unit.level().name()) || !body.validOn(date)) {
				continue;
			}
			if (!body.kinds().isBlank()) {
				if (List.of(body.kinds().split("\\s*,\\s*")).contains(unit.kind().name())) {
					return body;
				}
				continue;
			}
			if (found == null) {
				found = body;
			}
		}
		return found;
	}

	/**
	 * An issuing body: a level (and kinds), validity, the texts of the header with
	 * {@code {NAME}}, {@code {Name}}, {@code {FULL_NAME}}, {@code {PARENT}} for the
	 * unit's names, the symbol, how it signs, and the place of the place-date line.
	 */
	public record Body(Long id, String level, String kinds, LocalDate validFrom, LocalDate validTo, String superior,
			String issuing, String symbol, Signing signing, String place) {

		public boolean validOn(LocalDate date) {
			return (this.validFrom == null || !date.isBefore(this.validFrom))
					&& (this.validTo == null || date.isBefore(this.validTo));
		}

	}

	/**
	 * A commission (Ban) is not a collective body: its head signs directly. A Party
	 * committee signs on behalf of its standing committee.
	 */
	public enum Signing {

		COMMISSION, COMMITTEE

	}

}
