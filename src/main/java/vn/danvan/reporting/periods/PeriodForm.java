package vn.danvan.reporting.periods;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import vn.danvan.reporting.PeriodType;

/**
 * The form that opens a reporting period.
 */
public record PeriodForm(Long templateId, PeriodType type, String name,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate windowFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate windowTo,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline, List<Long> units) {

	static PeriodForm empty() {
		return new PeriodForm(null, PeriodType.SIX_MONTH, "", null, null, null, List.of());
	}

	OpenPeriod toRequest() {
		return new OpenPeriod(this.templateId, this.type, this.name, this.windowFrom, this.windowTo, this.deadline,
				(this.units != null) ? this.units : List.of());
	}

	public boolean chosen(long unitId) {
		return this.units != null && this.units.contains(unitId);
	}

}
