package vn.danvan.documents.profiles;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What an administrator changes in a format profile, with the version they started from.
 */
public record ProfileChange(int expectedVersion, String name, String fontName, BigDecimal bodySize,
		BigDecimal headerSize, BigDecimal partySize, BigDecimal titleSize, BigDecimal marginTop,
		BigDecimal marginBottom, BigDecimal marginLeft, BigDecimal marginRight, BigDecimal indentCm,
		Map<String, String> labels, List<FormatProfile.Body> bodies) {

	/**
	 * The change that keeps everything of the profile as it is, to adjust one thing.
	 */
	public static ProfileChange of(FormatProfile profile) {
		return new ProfileChange(profile.version(), profile.name(), profile.fontName(), profile.bodySize(),
				profile.headerSize(), profile.partySize(), profile.titleSize(), profile.marginTop(),
				profile.marginBottom(), profile.marginLeft(), profile.marginRight(), profile.indentCm(),
				profile.labels(), profile.bodies());
	}

	public ProfileChange withMargins(BigDecimal top, BigDecimal bottom, BigDecimal left, BigDecimal right) {
		return new ProfileChange(this.expectedVersion, this.name, this.fontName, this.bodySize, this.headerSize,
				this.partySize, this.titleSize, top, bottom, left, right, this.indentCm, this.labels, this.bodies);
	}

	public ProfileChange withFont(String font) {
		return new ProfileChange(this.expectedVersion, this.name, font, this.bodySize, this.headerSize, this.partySize,
				this.titleSize, this.marginTop, this.marginBottom, this.marginLeft, this.marginRight, this.indentCm,
				this.labels, this.bodies);
	}

}
