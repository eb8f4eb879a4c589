package vn.danvan.reporting.submissions;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A reviewer commented on a cell of a report (audited as {@code CELL_COMMENT_WRITTEN}).
 */
public record CellCommentWritten(String actor, long submissionId, long unitId, long commentId, int version,
		String cell) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(actor, "CELL_COMMENT_WRITTEN", "submission", submissionId, unitId,
				Map.of("comment", commentId, "version", version, "cell", cell));
	}

}
