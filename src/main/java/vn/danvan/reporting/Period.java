package vn.danvan.reporting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reporting period (kỳ báo cáo) of a template version: the window its figures cover,
 * its deadline, and whether it is closed to submissions.
 */
public record Period(long id, long templateId, long templateVersionId, String templateName, PeriodType type,
		String name, LocalDate windowFrom, LocalDate windowTo, LocalDate deadline, Long ownerUnitId, Instant closedAt,
		String createdBy, Instant createdAt) {

	public boolean closed() {
		return this.closedAt != null;
	}

	public boolean overdueOn(LocalDate today) {
		return today.isAfter(this.deadline);
	}

}
