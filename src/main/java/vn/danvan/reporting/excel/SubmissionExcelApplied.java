package vn.danvan.reporting.excel;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A previewed Excel upload was applied to the report (audited as
 * {@code SUBMISSION_EXCEL_APPLIED}).
 */
public record SubmissionExcelApplied(String actor, long submissionId, long unitId,
		Map<String, Object> details) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(actor, "SUBMISSION_EXCEL_APPLIED", "submission", submissionId, unitId, details);
	}

}
