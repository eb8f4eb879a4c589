package vn.danvan.reporting.excel;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * An Excel form was read and kept for the user to confirm (audited as
 * {@code SUBMISSION_EXCEL_UPLOADED}).
 */
public record SubmissionExcelUploaded(String actor, long submissionId, long unitId,
		Map<String, Object> details) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(actor, "SUBMISSION_EXCEL_UPLOADED", "submission", submissionId, unitId, details);
	}

}
