package vn.danvan.analytics;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The units two periods have in common below a unit, for a like-for-like comparison: the
 * lineages (units of today's tree the reporting units became) whose every expected report
 * is counted in both periods. A unit that did not report in one of them is left out of
 * both sides, so that its figures (population, members at the end of the period) are
 * never read as a fall; communes merged between the periods are compared with the commune
 * they formed, when all of them reported.
 *
 * @param units how many lineages are compared (0: no unit in common)
 * @param now the reporting units of this period counted in the comparison
 * @param nowLeftOut the reporting units of this period counted in its totals but not in
 * the comparison
 * @param before the reporting units of the other period counted in the comparison
 * @param beforeLeftOut those of the other period left out
 */
record Matching(int units, Set<Long> now, Set<Long> nowLeftOut, Set<Long> before, Set<Long> beforeLeftOut) {

	static Matching of(Collection<ComparisonRepository.Reporter> reporters, long nowId, long beforeId) {
		Map<Long, int[]> nowLineages = lineages(reporters, nowId);
		Map<Long, int[]> beforeLineages = lineages(reporters, beforeId);
		Set<Long> matched = new HashSet<>();
		nowLineages.forEach((lineage, counts) -> {
			int[] other = beforeLineages.get(lineage);
			if (complete(counts) && other != null && complete(other)) {
				matched.add(lineage);
			}
		});
		Set<Long> now = new HashSet<>();
		Set<Long> nowLeftOut = new HashSet<>();
		Set<Long> before = new HashSet<>();
		Set<Long> beforeLeftOut = new HashSet<>();
		for (ComparisonRepository.Reporter reporter : reporters) {
			if (!reporter.counted()) {
				continue;
			}
			boolean in = matched.contains(reporter.lineage());
			if (reporter.periodId() == nowId) {
				(in ? now : nowLeftOut).add(reporter.unitId());
			}
			else if (reporter.periodId() == beforeId) {
				(in ? before : beforeLeftOut).add(reporter.unitId());
			}
		}
		return new Matching(matched.size(), now, nowLeftOut, before, beforeLeftOut);
	}

	/**
	 * Expected and counted reports per lineage in one period.
	 */
	private static Map<Long, int[]> lineages(Collection<ComparisonRepository.Reporter> reporters, long periodId) {
		Map<Long, int[]> counts = new HashMap<>();
		for (ComparisonRepository.Reporter reporter : reporters) {
			if (reporter.periodId() == periodId) {
				int[] c = counts.computeIfAbsent(reporter.lineage(), (l) -> new int[2]);
				c[0]++;
				if (reporter.counted()) {
					c[1]++;
				}
			}
		}
		return counts;
	}

	private static boolean complete(int[] counts) {
		return counts[0] > 0 && counts[0] == counts[1];
	}

}
