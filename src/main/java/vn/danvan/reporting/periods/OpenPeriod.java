package vn.danvan.reporting.periods;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.danvan.reporting.PeriodType;

/**
 * What a commission officer gives to open a period: the type, a name, the cut-off window,
 * the deadline, and what is expected: a template (its latest version is used and frozen)
 * with the units under which the units the template names must report ({@code units}
 * themselves report when they match the template too), and, for a period of several
 * levels, further {@code parts}, each a template with its units (the communes of a
 * province with the commune template, the province commission with its own). Every part
 * shares the period's type, window and deadline; a unit reports in one part only.
 */
public record OpenPeriod(Long templateId, PeriodType type, String name, LocalDate windowFrom, LocalDate windowTo,
		LocalDate deadline, List<Long> units, List<Part> parts) {

	/**
	 * A period of one template.
	 */
	public OpenPeriod(Long templateId, PeriodType type, String name, LocalDate windowFrom, LocalDate windowTo,
			LocalDate deadline, List<Long> units) {
		this(templateId, type, name, windowFrom, windowTo, deadline, units, null);
	}

	/**
	 * Every part in order: the first template with its units (when given), then
	 * {@code parts}.
	 */
	public List<Part> allParts() {
		List<Part> all = new ArrayList<>();
		if (this.templateId != null || (this.units != null && !this.units.isEmpty())) {
			all.add(new Part(this.templateId, this.units));
		}
		if (this.parts != null) {
			all.addAll(this.parts);
		}
		return all;
	}

	/**
	 * A template and the units under which its units report.
	 */
	public record Part(Long templateId, List<Long> units) {
	}

}
