package vn.danvan.practices.registry;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the level above decides: a yearly evaluation, a recognition, or (for the owner) a
 * step of the life (start, replicate, end) with its date and note.
 */
public final class Assessment {

	private Assessment() {
	}

	/**
	 * The evaluation of a year that has ended.
	 */
	public record EvaluationForm(Integer year, Evaluation.Grade grade, Boolean effective, String comment,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate evaluatedOn) {
	}

	/**
	 * A recognition at the level of the officer's unit, "tiêu biểu" and proposed for an
	 * award or not.
	 */
	public record RecognitionForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate recognisedOn,
			Boolean exemplary, Boolean proposedForAward, String note) {

		public RecognitionForm {
			exemplary = Boolean.TRUE.equals(exemplary);
			proposedForAward = Boolean.TRUE.equals(proposedForAward);
		}

	}

	/**
	 * A start, a replication (with the units that took it up) or an end (with the
	 * reason).
	 */
	public record StepForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, String note) {
	}

}
