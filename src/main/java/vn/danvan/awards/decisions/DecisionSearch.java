package vn.danvan.awards.decisions;

import java.time.LocalDate;

import vn.danvan.awards.AwardForm;
import vn.danvan.awards.RecipientKind;

/**
 * The list's filters: year, form, text (without diacritics), and for the list behind a
 * computed figure the issuing unit (with the units below), a date window, the recipients'
 * kind and the campaign.
 */
record DecisionSearch(Integer year, AwardForm form, String q, Long unit, LocalDate from, LocalDate to,
		RecipientKind kind, String campaign) {

	static DecisionSearch all() {
		return new DecisionSearch(null, null, null, null, null, null, null, null);
	}

}
