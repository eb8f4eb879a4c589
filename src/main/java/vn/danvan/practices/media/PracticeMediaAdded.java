package vn.danvan.practices.media;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A photo or document was added to a practice by an officer of its owner unit.
 */
record PracticeMediaAdded(long practiceId, long ownerUnitId, long mediaId, String fileName, String kind,
		String actor) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(this.actor, "PRACTICE_MEDIA_ADDED", "practice", this.practiceId, this.ownerUnitId,
				Map.of("media", this.mediaId, "file", this.fileName, "kind", this.kind));
	}

}
