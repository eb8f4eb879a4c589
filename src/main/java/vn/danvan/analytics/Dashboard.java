package vn.danvan.analytics;

import java.util.List;

import vn.danvan.reporting.Period;
import vn.danvan.reporting.Section;
import vn.danvan.units.Unit;

/**
 * Every figure of a period's template added up over a unit and everything below it, with
 * the periods compared against and how many units have reported.
 *
 * @param previousMatched how many units (of today's tree) reported in both this period
 * and the previous one: what the changes from the previous period are computed over; null
 * without a previous period
 * @param lastYearMatched the same for the same period a year before
 */
public record Dashboard(Unit unit, Period period, View view, Inclusion inclusion, Period previous, Period lastYear,
		Coverage coverage, Coverage previousCoverage, Coverage lastYearCoverage, Integer previousMatched,
		Integer lastYearMatched, List<Part> parts) {

	/**
	 * The figures of one section of the template, in its order.
	 */
	public record Part(Section section, List<Figure> figures) {
	}

	public List<Figure> figures() {
		return this.parts.stream().flatMap((part) -> part.figures().stream()).toList();
	}

	public int reporting() {
		return this.coverage.reporting(this.inclusion);
	}

	/**
	 * Units included in the previous period's figures, or null without a previous period.
	 */
	public Integer previousReporting() {
		return (this.previous != null) ? this.previousCoverage.reporting(this.inclusion) : null;
	}

	/**
	 * Units included in the figures of the same period a year before, or null without
	 * one.
	 */
	public Integer lastYearReporting() {
		return (this.lastYear != null) ? this.lastYearCoverage.reporting(this.inclusion) : null;
	}

	/**
	 * Whether a period compared against adds up a different number of units than this
	 * one: its totals then differ for who reported, and the changes are computed over the
	 * units in common only.
	 */
	public boolean comparesUnequalCounts() {
		Integer before = previousReporting();
		Integer yearBefore = lastYearReporting();
		return (before != null && before != reporting()) || (yearBefore != null && yearBefore != reporting());
	}

	/**
	 * True when there is a previous period but no unit reported in both.
	 */
	public boolean previousNotComparable() {
		return this.previous != null && (this.previousMatched == null || this.previousMatched == 0);
	}

	/**
	 * True when there is a period a year before but no unit reported in both.
	 */
	public boolean lastYearNotComparable() {
		return this.lastYear != null && (this.lastYearMatched == null || this.lastYearMatched == 0);
	}

}
