package vn.danvan.reporting.submissions;

import vn.danvan.reporting.FieldIssue;
import vn.danvan.reporting.ReportingException;

import java.util.List;

/**
 * A save or submission refused because of the values: nothing was written.
 */
public class SubmissionInvalidException extends ReportingException {

	private final transient List<FieldIssue> issues;

	public SubmissionInvalidException(String messageKey, List<FieldIssue> issues) {
		super(422, messageKey, issues.stream().filter(FieldIssue::error).count());
		this.issues = List.copyOf(issues);
	}

	public List<FieldIssue> issues() {
		return this.issues;
	}

}
