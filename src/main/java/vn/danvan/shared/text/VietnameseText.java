package vn.danvan.shared.text;

import java.text.Normalizer;

/**
 * Vietnamese text as users and files give it: composed (NFC) so that "ệ" typed on two
 * keyboards compares equal, and without stray whitespace.
 */
public final class VietnameseText {

	private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

	private VietnameseText() {
	}

	/**
	 * NFC-normalised, trimmed, inner whitespace collapsed to one space; {@code null}
	 * stays {@code null}.
	 */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ");
	}

	/**
	 * True when {@link #clean(String)} would change the text.
	 */
	public static boolean needsCleaning(String text) {
		return text != null && !text.equals(clean(text));
	}

}
