package vn.danvan.practices.publication;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A recognised practice was marked "công bố" by an officer of its owner unit or a unit
 * above.
 */
record PracticePublished(long practiceId, long ownerUnitId, String note, String actor) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(this.actor, "PRACTICE_PUBLISHED", "practice", this.practiceId, this.ownerUnitId,
				Map.of("note", this.note));
	}

}
