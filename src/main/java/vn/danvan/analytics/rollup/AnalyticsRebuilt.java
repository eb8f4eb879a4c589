package vn.danvan.analytics.rollup;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A full rebuild of the roll-up finished; audited as {@code ANALYTICS_REBUILT} with the
 * number of periods rebuilt.
 */
public record AnalyticsRebuilt(String actor, long runId, int periods) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(this.actor, "ANALYTICS_REBUILT", "rebuild", this.runId, null,
				Map.of("periods", this.periods));
	}

}
