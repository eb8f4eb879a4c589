package vn.danvan.awards.decisions;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import vn.danvan.awards.AwardForm;

/**
 * What an officer enters for a decision; {@code version} is the version the edit started
 * from ({@code null} for a new decision).
 */
record DecisionForm(String number, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
		Long issuingUnitId, AwardForm form, String reason, String campaign, Integer version) {

	static DecisionForm empty(Long issuingUnitId) {
		return new DecisionForm("", null, issuingUnitId, AwardForm.GIAY_KHEN, "", "Dân vận khéo", null);
	}

}
