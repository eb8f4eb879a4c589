package vn.danvan.units.imports;

import java.util.List;

/**
 * What an import did, or would have done. When {@code errors} is not empty nothing was
 * written ({@code applied} is false); warnings are inconsistencies of the source that
 * were reported and worked around.
 */
public record ImportReport(boolean applied, int unitsCreated, int unitsChanged, int unitsUnchanged,
		int successionsCreated, List<ImportIssue> errors, List<ImportIssue> warnings) {

	public static ImportReport rejected(List<ImportIssue> errors, List<ImportIssue> warnings) {
		return new ImportReport(false, 0, 0, 0, 0, List.copyOf(errors), List.copyOf(warnings));
	}

}
