package vn.danvan.accounts.users;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * An administrator reset a user's password: the user must change it at the next sign-in,
 * and their open sessions ended. The password itself is never recorded.
 *
 * @param generated the system generated the temporary password (else the administrator
 * typed it)
 * @param sessionsEnded how many open sessions of the user ended
 */
public record UserPasswordReset(String administrator, String username, Long unitId, boolean generated,
		int sessionsEnded) implements Audited {

	public static final String ACTION = "PASSWORD_RESET";

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(this.administrator, ACTION, "user", this.username, this.unitId,
				Map.of("generated", this.generated, "sessionsEnded", this.sessionsEnded, "mustChangePassword", true));
	}

}
