package vn.danvan.reporting.submissions;

import java.time.Instant;
import java.util.List;

/**
 * One saved version of a submission: who, when, through what, and each change.
 */
public record Revision(int version, String changedBy, Instant changedAt, String source, List<Change> changes) {

	/**
	 * One field's change; {@code label} is the indicator (and item) or section as the
	 * template names it.
	 */
	public record Change(String field, String label, String before, String after) {
	}

}
