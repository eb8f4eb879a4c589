package vn.danvan.shared.text;

import java.util.Collection;
import java.util.HashSet;

/**
 * The longest text each kind of field takes, and what no text may hold. The same numbers
 * are CHECK constraints in the database (the migrations of issue 18), so a text refused
 * here could not have been stored anyway; the forms and the API refuse it first with a
 * message naming the field and the limit.
 */
public final class TextLimits {

	/** A code or symbol: {@code DAN_SO}, {@code 25-NQ/TW}. */
	public static final int CODE = 64;

	/** A name: of a unit, a user, a period, an indicator, a template. */
	public static final int NAME = 300;

	/** A title or a label: a section's title, an issuing body, a signer. */
	public static final int TITLE = 500;

	/** A short text on one line or a few: a note, a comment, a reason, a description. */
	public static final int NOTE = 2_000;

	/** A summary: of a directive, of a review report. */
	public static final int SUMMARY = 10_000;

	/** A narrative section of a report or a review report. */
	public static final int NARRATIVE = 50_000;

	/**
	 * Any one form field or query parameter, whatever it is (the text to read for
	 * directive references: 1,000,000).
	 */
	public static final int LONGEST_PARAMETER = 1_000_000;

	/** The most units a period is opened for (each with its subtree) in one request. */
	public static final int MAX_LIST = 500;

	private TextLimits() {
	}

	/**
	 * The message key of what is wrong with the text ({@code input.error.nul},
	 * {@code input.error.surrogate}, {@code input.error.tooLong} with the limit as
	 * argument), or {@code null} when it may be stored. {@code null} text is fine.
	 */
	public static String problem(String text, int max) {
		if (text == null) {
			return null;
		}
		if (text.length() > max && text.codePointCount(0, text.length()) > max) {
			return "input.error.tooLong";
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\u0000') {
				return "input.error.nul";
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return "input.error.surrogate";
			}
			if (Character.isLowSurrogate(c)) {
				return "input.error.surrogate";
			}
		}
		return null;
	}

	/**
	 * True when the list holds a {@code null} or the same element twice.
	 */
	public static boolean hasNullOrDuplicate(Collection<?> list) {
		HashSet<Object> seen = new HashSet<>();
		for (Object element : list) {
			if (element == null || !seen.add(element)) {
				return true;
			}
		}
		return false;
	}

}
