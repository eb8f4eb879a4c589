package vn.danvan.reporting.excel;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * An uploaded Excel form was refused as a whole (audited as
 * {@code SUBMISSION_EXCEL_REFUSED}).
 */
public record SubmissionExcelRefused(String actor, long submissionId, long unitId,
		Map<String, Object> details) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(actor, "SUBMISSION_EXCEL_REFUSED", "submission", submissionId, unitId, details);
	}

}
