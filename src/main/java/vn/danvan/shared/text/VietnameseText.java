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

	/**
	 * A file name a person reads and every system stores: the words of the text without
	 * diacritics ("Đ" as "D"), joined by "-" ("Danh sách khen thưởng 12-QĐ/BDVTU" →
	 * "Danh-sach-khen-thuong-12-QD-BDVTU").
	 */
	public static String fileName(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('Đ', 'D')
			.replace('đ', 'd');
		StringBuilder out = new StringBuilder();
		for (String word : plain.split("[^A-Za-z0-9]+")) {
			if (!word.isEmpty()) {
				out.append(out.isEmpty() ? "" : "-").append(word);
			}
		}
		return out.toString();
	}

}
