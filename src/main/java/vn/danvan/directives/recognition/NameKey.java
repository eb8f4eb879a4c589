package vn.danvan.directives.recognition;

/**
 * The key a directive's name or alias is compared by: folded as {@link DirectiveText} (no
 * diacritics, lower case, "đ" as "d"), every run of characters that are not letters or
 * digits one space, trimmed. "Nghị quyết Trung ương 4 (khóa XII)" and "nghi quyet trung
 * uong 4 khoa xii" have the same key; Roman numerals stay as written ("XIII" is "xiii",
 * never "13").
 */
public final class NameKey {

	private NameKey() {
	}

	public static String of(String name) {
		String folded = DirectiveText.fold(name);
		StringBuilder key = new StringBuilder(folded.length());
		boolean space = false;
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				if (space && key.length() > 0) {
					key.append(' ');
				}
				key.append(c);
				space = false;
			}
			else {
				space = true;
			}
		}
		return key.toString();
	}

}
