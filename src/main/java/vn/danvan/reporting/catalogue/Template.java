package vn.danvan.reporting.catalogue;

import java.util.Set;

import vn.danvan.reporting.PeriodType;

/**
 * A report template (biểu mẫu báo cáo) with its latest version and the period types it is
 * meant for (empty: any).
 */
public record Template(long id, String code, String name, String description, long latestVersionId, int latestVersion,
		boolean latestFrozen, Set<PeriodType> periodTypes) {

	/**
	 * True when a period of the type may use the template.
	 */
	public boolean allows(PeriodType type) {
		return this.periodTypes.isEmpty() || this.periodTypes.contains(type);
	}

}
