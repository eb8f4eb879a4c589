package vn.danvan.reporting.submissions;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A report's figures were saved, from the form, by autosave or from Excel (audited as
 * {@code SUBMISSION_SAVED}).
 */
public record SubmissionSaved(String actor, long submissionId, long unitId, int version, int changes,
		String source) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(actor, "SUBMISSION_SAVED", "submission", submissionId, unitId,
				Map.of("version", version, "changes", changes, "source", source));
	}

}
