package vn.danvan.units;

import java.util.Map;

import vn.danvan.shared.audit.AuditEntry;
import vn.danvan.shared.audit.Audited;

/**
 * Units were imported from files; published in the import's transaction and audited as
 * {@code UNITS_IMPORTED} (target {@code units}, the source as its id).
 */
public record UnitsImported(String actor, String source, int unitsCreated, int successionsCreated,
		int warnings) implements Audited {

	@Override
	public AuditEntry audit() {
		return AuditEntry.of(this.actor, "UNITS_IMPORTED", "units", this.source, null, Map.of("unitsCreated",
				this.unitsCreated, "successionsCreated", this.successionsCreated, "warnings", this.warnings));
	}

}
