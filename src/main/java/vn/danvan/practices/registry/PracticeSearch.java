package vn.danvan.practices.registry;

import java.time.LocalDate;

import vn.danvan.practices.PracticeKind;
import vn.danvan.practices.PracticeStatus;
import vn.danvan.practices.PracticeSubject;
import vn.danvan.practices.RecognitionLevel;

/**
 * What to list: a unit (with the units below unless {@code below} is false), filters,
 * text without diacritics, order and page. Empty filters are ignored. The windows and
 * {@code effective}/{@code proposed} are those of the computed figures' links.
 */
public record PracticeSearch(Long unit, boolean below, String field, String targetGroup, PracticeKind kind,
		PracticeSubject subject, PracticeStatus status, RecognitionLevel level, Integer year, String q,
		LocalDate registeredFrom, LocalDate registeredTo, Boolean effective, LocalDate recognisedFrom,
		LocalDate recognisedTo, Boolean proposed, Sort sort, int page) {

	public static final int PAGE_SIZE = 50;

	public static PracticeSearch all() {
		return new PracticeSearch(null, true, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, Sort.NEWEST, 0);
	}

	public PracticeSearch withPage(int page) {
		return new PracticeSearch(this.unit, this.below, this.field, this.targetGroup, this.kind, this.subject,
				this.status, this.level, this.year, this.q, this.registeredFrom, this.registeredTo, this.effective,
				this.recognisedFrom, this.recognisedTo, this.proposed, this.sort, page);
	}

	/**
	 * The orders a list can take.
	 */
	public enum Sort {

		NEWEST, OLDEST, NAME, RECOGNISED;

		public String messageKey() {
			return "practices.sort." + name();
		}

	}

}
