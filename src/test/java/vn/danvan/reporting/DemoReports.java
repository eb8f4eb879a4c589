package vn.danvan.reporting;

import vn.danvan.reporting.demo.DemoFigures;
import vn.danvan.reporting.demo.DemoNarratives;

import java.util.Map;

/**
 * The demo figures and narratives of a report, for benchmarks outside this package.
 */
public final class DemoReports {

	private DemoReports() {
	}

	public static Map<String, Object> values(TemplateStructure structure, long seed) {
		return DemoFigures.values(structure, seed, 1.0);
	}

	/**
	 * The demo figures a person would type: without the computed cells, which only the
	 * system writes.
	 */
	public static Map<String, Object> values(TemplateStructure structure, long seed,
			java.util.Set<String> computedKeys) {
		Map<String, Object> values = new java.util.LinkedHashMap<>(values(structure, seed));
		values.keySet().removeAll(computedKeys);
		return values;
	}

	/**
	 * The keys of the template's computed cells.
	 */
	public static java.util.Set<String> computedKeys(org.springframework.context.ApplicationContext context,
			TemplateStructure structure) {
		return context.getBean(vn.danvan.reporting.submissions.ComputedCellKeys.class).keys(structure);
	}

	public static Map<Long, String> narratives(TemplateStructure structure, String unitName) {
		return DemoNarratives.of(structure, unitName, 1.0);
	}

}
