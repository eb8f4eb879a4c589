package vn.danvan.documents.docx;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the lines of a document's header break: their widths estimated from the metrics
 * of Times New Roman (Liberation Serif has the same), so that the left column is made
 * wide enough for "BAN TUYÊN GIÁO VÀ DÂN VẬN" on one line; a line too long even then is
 * broken between words an official would break between, never inside "DÂN VẬN", "TUYÊN
 * GIÁO" and the like.
 */
public final class HeaderLines {

	/**
	 * Words that stay on one line together.
	 */
	private static final List<String> PAIRS = List.of("DÂN VẬN", "TUYÊN GIÁO", "TỈNH ỦY", "THÀNH ỦY", "ĐẢNG ỦY",
			"HUYỆN ỦY", "QUẬN ỦY", "THỊ ỦY", "MẶT TRẬN", "TỔ QUỐC", "VIỆT NAM", "TRUNG ƯƠNG", "THƯỜNG VỤ", "ĐẢNG BỘ",
			"BAN CHẤP HÀNH");

	// Advance widths per 1000 em of Times Roman and Times Bold, A to Z.
	private static final int[] ROMAN = { 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556,
			722, 667, 556, 611, 722, 722, 944, 722, 722, 611 };

	private static final int[] BOLD = { 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611,
			778, 722, 556, 667, 722, 722, 1000, 722, 722, 667 };

	private HeaderLines() {
	}

	/**
	 * The width of a text in twips (1/20 pt).
	 */
	static int width(String text, boolean bold, double size) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		double units = 0;
		for (char c : plain.toCharArray()) {
			char upper = Character.toUpperCase((c == 'đ' || c == 'Đ') ? 'D' : c);
			if (upper >= 'A' && upper <= 'Z') {
				int w = (bold ? BOLD : ROMAN)[upper - 'A'];
				units += Character.isUpperCase(c) || c == 'Đ' ? w : w * 0.68;
			}
			else if (c == ' ') {
				units += 250;
			}
			else if (Character.isDigit(c)) {
				units += 500;
			}
			else {
				units += 333;
			}
		}
		return (int) Math.ceil(units / 1000 * size * 20);
	}

	/**
	 * The text in lines no wider than {@code max} twips where it can be: one line when it
	 * fits; else broken between word groups, never inside a pair.
	 */
	static List<String> lines(String text, boolean bold, double size, int max) {
		if (width(text, bold, size) <= max) {
			return List.of(text);
		}
		List<String> groups = groups(text);
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String group : groups) {
			String candidate = line.isEmpty() ? group : line + " " + group;
			if (!line.isEmpty() && width(candidate, bold, size) > max) {
				lines.add(line.toString());
				line = new StringBuilder(group);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	/**
	 * The words of a text with each pair joined into one group.
	 */
	static List<String> groups(String text) {
		String[] words = text.strip().split("\\s+");
		List<String> groups = new ArrayList<>();
		int i = 0;
		while (i < words.length) {
			String joined = null;
			for (String pair : PAIRS) {
				String[] parts = pair.split(" ");
				if (i + parts.length <= words.length) {
					boolean match = true;
					for (int k = 0; k < parts.length; k++) {
						if (!words[i + k].equalsIgnoreCase(parts[k])) {
							match = false;
							break;
						}
					}
					if (match) {
						joined = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + parts.length));
						i += parts.length;
						break;
					}
				}
			}
			if (joined == null) {
				joined = words[i++];
			}
			groups.add(joined);
		}
		return groups;
	}

}
