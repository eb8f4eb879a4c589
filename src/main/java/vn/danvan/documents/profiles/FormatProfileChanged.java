package vn.danvan.documents.profiles;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * The format profile of Party documents was changed; audited as
 * {@code DOCUMENT_PROFILE_CHANGED}.
 */
public record FormatProfileChanged(String actor, long profileId, Long unitId,
		Map<String, ?> details) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(this.actor, "DOCUMENT_PROFILE_CHANGED", "format_profile", this.profileId, this.unitId,
				this.details);
	}

}
