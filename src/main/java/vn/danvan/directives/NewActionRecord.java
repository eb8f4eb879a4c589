package vn.danvan.directives;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A unit's record of an action as entered.
 */
public record NewActionRecord(Long unitId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
		String documentNumber, Integer participants, String note) {
}
