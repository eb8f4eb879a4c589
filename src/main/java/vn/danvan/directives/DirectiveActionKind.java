package vn.danvan.directives;

/**
 * What a directive requires of a unit: study and dissemination (học tập, quán triệt), an
 * action plan (chương trình hành động), an interim review (sơ kết), a final review (tổng
 * kết).
 */
public enum DirectiveActionKind {

	DISSEMINATION, ACTION_PLAN, INTERIM_REVIEW, FINAL_REVIEW;

	public String messageKey() {
		return "directives.action.kind." + name();
	}

}
