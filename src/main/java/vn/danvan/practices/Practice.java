package vn.danvan.practices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A registered model or exemplary person as read: what it is, whose it is, its results
 * and where it stands (status, last evaluation, recognition).
 */
public record Practice(PracticeId id, String name, PracticeKind kind, PracticeSubject subject, long ownerUnitId,
		List<Long> participantUnitIds, List<String> fields, List<String> targetGroups, String theme,
		LocalDate registeredOn, LocalDate startedOn, String description, String methods, String results,
		BigDecimal moneyMobilised, Integer workDays, Integer householdsHelped, BigDecimal roadKm, PracticeStatus status,
		Boolean effective, RecognitionLevel level, LocalDate recognisedOn, boolean exemplary, LocalDate proposedOn,
		String updatedBy, Instant updatedAt, int version) {

	public int year() {
		return this.registeredOn.getYear();
	}

}
