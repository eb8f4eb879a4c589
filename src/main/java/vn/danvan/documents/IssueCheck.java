package vn.danvan.documents;

import java.util.List;

/**
 * What a draft still lacks before it is issued, for the officer to confirm: empty
 * sections (named), units not yet reported (with the count), comparisons not possible,
 * reports returned for correction. An empty mandatory part (Đánh giá chung, Phương hướng,
 * nhiệm vụ) needs a reason kept with the document.
 *
 * @param emptyMandatory the mandatory parts left empty, by heading
 */
public record IssueCheck(List<Finding> findings, List<String> emptyMandatory) {

	/**
	 * Kinds of findings, in the order shown.
	 */
	public enum Kind {

		EMPTY_MANDATORY, EMPTY_SECTIONS, UNITS_NOT_REPORTED, NO_COMPARISON, RETURNED_REPORTS

	}

	/**
	 * One thing the document lacks: its kind and its message (key and arguments).
	 */
	public record Finding(Kind kind, String messageKey, List<String> arguments) {

		public Object[] args() {
			return this.arguments.toArray();
		}

	}

	public boolean clean() {
		return this.findings.isEmpty();
	}

	public boolean reasonRequired() {
		return !this.emptyMandatory.isEmpty();
	}

}
