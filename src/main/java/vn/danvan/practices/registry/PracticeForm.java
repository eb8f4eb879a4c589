package vn.danvan.practices.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import vn.danvan.practices.PracticeKind;
import vn.danvan.practices.PracticeSubject;

/**
 * A model or exemplary person as its owner unit registers or changes it.
 *
 * @param ownerUnitId the owner unit; empty for the officer's own unit
 * @param confirmDuplicate the officer confirmed that a practice of the same name of the
 * same unit and year is another one
 * @param version the version the edit was built from (ignored when registering)
 */
public record PracticeForm(String name, PracticeKind kind, PracticeSubject subject, Long ownerUnitId,
		List<String> fields, List<String> targetGroups, String theme,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn, String description, String methods,
		String results, BigDecimal moneyMobilised, Integer workDays, Integer householdsHelped, BigDecimal roadKm,
		Boolean confirmDuplicate, Integer version) {

	public PracticeForm {
		fields = (fields != null) ? List.copyOf(fields) : List.of();
		targetGroups = (targetGroups != null) ? List.copyOf(targetGroups) : List.of();
	}

	public boolean duplicateConfirmed() {
		return Boolean.TRUE.equals(this.confirmDuplicate);
	}

	static PracticeForm empty(LocalDate today) {
		return new PracticeForm(null, PracticeKind.MODEL, vn.danvan.practices.PracticeSubject.COLLECTIVE, null,
				List.of(), List.of(), null, today, null, null, null, null, null, null, null, null, null, null);
	}

}
