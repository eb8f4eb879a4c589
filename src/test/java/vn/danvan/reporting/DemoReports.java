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

	public static Map<Long, String> narratives(TemplateStructure structure, String unitName) {
		return DemoNarratives.of(structure, unitName, 1.0);
	}

}
