package vn.danvan.reporting.computed;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A template item was unbound from its measure (audited as
 * {@code COMPUTED_FIGURE_UNBOUND}).
 */
public record ComputedFigureUnbound(String actor, String indicatorCode, String item) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(actor, "COMPUTED_FIGURE_UNBOUND", "indicator", indicatorCode, null, Map.of("item", item));
	}

}
