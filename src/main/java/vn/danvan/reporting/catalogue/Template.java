package vn.danvan.reporting.catalogue;

/**
 * A report template (biểu mẫu báo cáo) with its latest version.
 */
public record Template(long id, String code, String name, String description, long latestVersionId, int latestVersion,
		boolean latestFrozen) {

}
