package vn.danvan.directives.recognition;

import java.text.Normalizer;

/**
 * Vietnamese text folded for matching: lower case, without diacritics, "đ" as "d", dashes
 * as "-", with a map from every folded character back to the original text so that
 * positions found in the folded text point into the original.
 */
public final class DirectiveText {

	private final String folded;

	private final int[] origin;

	private DirectiveText(String folded, int[] origin) {
		this.folded = folded;
		this.origin = origin;
	}

	/**
	 * Folds the text; combining marks (text in NFD) are dropped from the folded text.
	 */
	public static DirectiveText of(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		int[] origin = new int[text.length() + 1];
		int n = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char f = foldChar(c);
			if (f == 0) {
				continue;
			}
			folded.append(f);
			origin[n++] = i;
		}
		origin[n] = text.length();
		return new DirectiveText(folded.toString(), origin);
	}

	/**
	 * The folded form of a short text (for keys and comparisons).
	 */
	public static String fold(String text) {
		return (text != null) ? of(text).folded() : "";
	}

	public String folded() {
		return this.folded;
	}

	/**
	 * The position in the original text of the folded character at {@code index}.
	 */
	public int start(int index) {
		return this.origin[index];
	}

	/**
	 * The end (exclusive) in the original text of a folded range ending at {@code end}.
	 */
	public int end(int end) {
		// characters dropped between two kept ones are combining marks of the earlier one
		return this.origin[end];
	}

	private static final char[] CACHE = new char[0x2000];

	static {
		for (char c = 0; c < CACHE.length; c++) {
			CACHE[c] = computeFold(c);
		}
	}

	static char foldChar(char c) {
		return (c < CACHE.length) ? CACHE[c] : computeFold(c);
	}

	private static char computeFold(char c) {
		if (c == 'đ' || c == 'Đ') {
			return 'd';
		}
		if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212') {
			return '-';
		}
		if (c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\t' || c == '\r' || c == '\n') {
			return ' ';
		}
		if (Character.getType(c) == Character.NON_SPACING_MARK) {
			return 0;
		}
		if (c < 0x80) {
			return Character.toLowerCase(c);
		}
		String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
		return Character.toLowerCase(decomposed.charAt(0));
	}

}
