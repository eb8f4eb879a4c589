package vn.danvan.shared.figures;

import java.util.List;
import java.util.Map;

/**
 * A count or sum that a registry module publishes so that a report's figures can be
 * computed from its records ("enter once"). Every implementation is a Spring bean;
 * reporting finds them all and depends on no registry module.
 */
public interface MeasureSource {

	/**
	 * The measures this source publishes, each with the filters it understands.
	 */
	List<Measure> measures();

	/**
	 * The value of one of {@link #measures()} for the records of a unit's subtree (as the
	 * tree was on {@link MeasureQuery#treeDate()}) within the date window, with the
	 * address of the filtered list behind the number.
	 * @throws IllegalArgumentException for a measure this source does not publish or a
	 * filter value it does not know
	 */
	MeasureValue evaluate(String measure, Map<String, String> filters, MeasureQuery query);

}
