package vn.danvan.reporting.submissions;

import java.util.List;
import vn.danvan.reporting.Submission;

/**
 * What a save would change, without saving: the changes of the values that can be kept,
 * the values that cannot ({@code errors}, each beside its field) and, when there are no
 * such errors, what would then stand in the way of submitting or deserve a second look
 * ({@code checks}).
 */
public record SubmissionPreview(Submission submission, List<Revision.Change> changes, List<FieldIssue> errors,
		List<FieldIssue> checks) {

	public boolean valid() {
		return this.errors.isEmpty();
	}

}
