package vn.danvan.reporting.submissions;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * The unit marked a reviewer's comment on its report answered (audited as
 * {@code CELL_COMMENT_ANSWERED}).
 */
public record CellCommentAnswered(String actor, long submissionId, long unitId, long commentId,
		String cell) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(actor, "CELL_COMMENT_ANSWERED", "submission", submissionId, unitId,
				Map.of("comment", commentId, "cell", cell));
	}

}
