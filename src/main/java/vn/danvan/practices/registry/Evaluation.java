package vn.danvan.practices.registry;

import java.time.LocalDate;

/**
 * A yearly evaluation of a practice by a unit above its owner.
 */
public record Evaluation(long practiceId, int year, LocalDate evaluatedOn, long evaluatorUnitId, Grade grade,
		boolean effective, String comment, String evaluatedBy) {

	/**
	 * Xuất sắc, tốt, khá, chưa đạt.
	 */
	public enum Grade {

		EXCELLENT, GOOD, FAIR, WEAK;

		public String messageKey() {
			return "practices.grade." + name();
		}

	}

}
