package vn.danvan.directives;

import java.util.Locale;
import java.util.Optional;
import vn.danvan.directives.recognition.DirectiveText;

/**
 * The kind of a directive, with the abbreviation it carries in its symbol ("25-NQ/TW").
 * The label is the message key {@code directives.type.<NAME>}.
 */
public enum DirectiveType {

	RESOLUTION("NQ", "Nghị quyết"), DIRECTIVE("CT", "Chỉ thị"), DECISION("QĐ", "Quyết định"),
	CONCLUSION("KL", "Kết luận"), REGULATION("QĐi", "Quy định"), NOTICE("TB", "Thông báo"), GUIDANCE("HD", "Hướng dẫn"),
	PLAN("KH", "Kế hoạch"), PROJECT("ĐA", "Đề án"), OFFICIAL_LETTER("CV", "Công văn");

	private final String abbreviation;

	private final String vietnamese;

	DirectiveType(String abbreviation, String vietnamese) {
		this.abbreviation = abbreviation;
		this.vietnamese = vietnamese;
	}

	public String abbreviation() {
		return this.abbreviation;
	}

	/**
	 * The type's name as written in Vietnamese documents ("Nghị quyết").
	 */
	public String vietnamese() {
		return this.vietnamese;
	}

	public String messageKey() {
		return "directives.type." + name();
	}

	/**
	 * The type an abbreviation stands for, with or without diacritics and in any case;
	 * "QĐ" is a decision (quy định also used it before 2017).
	 */
	public static Optional<DirectiveType> ofAbbreviation(String abbreviation) {
		String folded = DirectiveText.fold(abbreviation).toLowerCase(Locale.ROOT);
		for (DirectiveType type : values()) {
			if (DirectiveText.fold(type.abbreviation).toLowerCase(Locale.ROOT).equals(folded)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
