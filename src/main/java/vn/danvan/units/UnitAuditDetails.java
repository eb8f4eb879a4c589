package vn.danvan.units;

import java.util.HashMap;
import java.util.Map;

/**
 * The details of a unit's audit line: what was there before and after (each left out when
 * absent), as the audit log has always written them.
 */
final class UnitAuditDetails {

	private UnitAuditDetails() {
	}

	static Map<String, Object> of(Map<String, Object> before, Map<String, Object> after) {
		Map<String, Object> details = new HashMap<>();
		if (before != null) {
			details.put("before", before);
		}
		if (after != null) {
			details.put("after", after);
		}
		return details;
	}

}
