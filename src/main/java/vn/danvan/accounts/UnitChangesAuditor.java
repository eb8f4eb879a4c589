package vn.danvan.accounts;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.danvan.units.UnitChanged;
import vn.danvan.units.UnitsImported;

/**
 * Writes changes of the organisation tree to the audit log. Listens synchronously, inside
 * the transaction of the change, so that a change and its audit line are committed
 * together or not at all.
 */
@Component
class UnitChangesAuditor {

	private final AuditLog auditLog;

	UnitChangesAuditor(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@EventListener
	void on(UnitChanged event) {
		Map<String, Object> details = new HashMap<>();
		if (event.before() != null) {
			details.put("before", event.before());
		}
		if (event.after() != null) {
			details.put("after", event.after());
		}
		this.auditLog.record(event.actor(), event.action(), "unit", Long.toString(event.unitId()), event.unitId(), null,
				details);
	}

	@EventListener
	void on(UnitsImported event) {
		this.auditLog.record(event.actor(), AuditLog.UNITS_IMPORTED, "units", event.source(), null, null,
				Map.of("unitsCreated", event.unitsCreated(), "successionsCreated", event.successionsCreated(),
						"warnings", event.warnings()));
	}

}
