package vn.danvan.analytics;

import java.util.List;

/**
 * The result of comparing the kept sums with a recomputation from the reports: how many
 * periods and sums were compared and, per period, the keys that differ.
 */
public record ConsistencyReport(int periodsChecked, long sumsChecked, List<PeriodDifferences> differences,
		long millis) {

	public boolean consistent() {
		return this.differences.isEmpty();
	}

	/**
	 * The differences found in one period (at most a few dozen listed).
	 */
	public record PeriodDifferences(long periodId, String periodName, List<String> keys) {
	}

}
