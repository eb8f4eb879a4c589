package vn.danvan.reporting.periods;

import java.time.LocalDate;
import java.util.List;
import vn.danvan.reporting.PeriodType;

/**
 * What a commission officer gives to open a period: the template (its latest version is
 * used and frozen), the type, a name, the cut-off window, the deadline, and the units
 * under which the units the template names must report ({@code units} themselves report
 * when they match the template too).
 */
public record OpenPeriod(Long templateId, PeriodType type, String name, LocalDate windowFrom, LocalDate windowTo,
		LocalDate deadline, List<Long> units) {

}
