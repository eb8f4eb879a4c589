package vn.danvan.practices.publication;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * The "công bố" mark of a practice was withdrawn by an officer of its owner unit or a
 * unit above.
 */
record PracticeUnpublished(long practiceId, long ownerUnitId, String actor) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(this.actor, "PRACTICE_UNPUBLISHED", "practice", this.practiceId, this.ownerUnitId,
				Map.of());
	}

}
