package vn.danvan.practices.registry;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A dated step of a practice's life, as the history shows it.
 */
public record Step(long id, long practiceId, Kind kind, LocalDate onDate, Long unitId, String note, String actor,
		Instant at) {

	/**
	 * What happened.
	 */
	public enum Kind {

		REGISTERED, CHANGED, STARTED, EVALUATED, RECOGNISED, REPLICATED, ENDED;

		public String messageKey() {
			return "practices.step." + name();
		}

	}

}
