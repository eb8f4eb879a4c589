package vn.danvan.reporting.computed;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * A template item was bound to a measure of another module (audited as
 * {@code COMPUTED_FIGURE_BOUND}).
 */
public record ComputedFigureBound(String actor, String indicatorCode, String item, String measure,
		Map<String, String> filters) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(actor, "COMPUTED_FIGURE_BOUND", "indicator", indicatorCode, null,
				Map.of("item", item, "measure", measure, "filters", filters));
	}

}
