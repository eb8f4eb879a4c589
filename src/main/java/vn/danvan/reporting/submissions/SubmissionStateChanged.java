package vn.danvan.reporting.submissions;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.danvan.reporting.SubmissionState;
import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A report moved from one state to another (handed in, returned, approved, reopened):
 * audited as {@code SUBMISSION_<to>}, or {@code SUBMISSION_REOPENED} for an approved
 * report sent back. The typed {@code Submission…} events of the root follow it for the
 * listeners.
 */
public record SubmissionStateChanged(String actor, long submissionId, long unitId, long periodId, SubmissionState from,
		SubmissionState to, String comment) implements Audited {

	@Override
	public AuditEntry audit() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("from", this.from.name());
		details.put("to", this.to.name());
		details.put("period", this.periodId);
		if (this.comment != null && !this.comment.isEmpty()) {
			details.put("comment", this.comment);
		}
		String action = (this.from == SubmissionState.APPROVED && this.to == SubmissionState.RETURNED)
				? "SUBMISSION_REOPENED" : "SUBMISSION_" + this.to.name();
		return AuditEntry.of(this.actor, action, "submission", this.submissionId, this.unitId, details);
	}

}
