package vn.danvan.reporting.periods;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import vn.danvan.reporting.PeriodType;

/**
 * The form that opens a reporting period: the template and units of the period, and up to
 * {@link #EXTRA_PARTS} further templates of other levels with their units (a row left
 * without template nor unit is ignored).
 */
public record PeriodForm(Long templateId, PeriodType type, String name,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate windowFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate windowTo,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline, List<Long> units, List<PartForm> parts) {

	/** How many rows of further templates the form shows. */
	static final int EXTRA_PARTS = 2;

	static PeriodForm empty() {
		return new PeriodForm(null, PeriodType.SIX_MONTH, "", null, null, null, List.of(), List.of());
	}

	OpenPeriod toRequest() {
		List<OpenPeriod.Part> extra = new ArrayList<>();
		for (PartForm part : (this.parts != null) ? this.parts : List.<PartForm>of()) {
			if (part != null && (part.templateId() != null || (part.units() != null && !part.units().isEmpty()))) {
				extra.add(new OpenPeriod.Part(part.templateId(), (part.units() != null) ? part.units() : List.of()));
			}
		}
		return new OpenPeriod(this.templateId, this.type, this.name, this.windowFrom, this.windowTo, this.deadline,
				(this.units != null) ? this.units : List.of(), extra);
	}

	public boolean chosen(long unitId) {
		return this.units != null && this.units.contains(unitId);
	}

	/**
	 * The row {@code index} of further templates, empty when not filled.
	 */
	public PartForm part(int index) {
		return (this.parts != null && index < this.parts.size() && this.parts.get(index) != null)
				? this.parts.get(index) : new PartForm(null, List.of());
	}

	/**
	 * A further template and its units.
	 */
	public record PartForm(Long templateId, List<Long> units) {

		public boolean chosen(long unitId) {
			return this.units != null && this.units.contains(unitId);
		}

	}

}
