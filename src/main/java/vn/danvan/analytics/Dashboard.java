package vn.danvan.analytics;

import java.util.List;

import vn.danvan.reporting.Period;
import vn.danvan.reporting.Section;
import vn.danvan.units.Unit;

/**
 * Every figure of a period's template added up over a unit and everything below it, with
 * the periods compared against and how many units have reported.
 */
public record Dashboard(Unit unit, Period period, View view, Inclusion inclusion, Period previous, Period lastYear,
		Coverage coverage, List<Part> parts) {

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

}
