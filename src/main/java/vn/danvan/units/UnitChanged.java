package vn.danvan.units;

import java.util.Map;

/**
 * A unit was created, edited, closed, or took part in a recorded merge or split.
 * Published in the transaction of the change; the audit log records it with what was
 * there before and after.
 *
 * @param action one of {@code UNIT_CREATED}, {@code UNIT_CHANGED}, {@code UNIT_CLOSED},
 * {@code SUCCESSION_RECORDED}
 */
public record UnitChanged(String actor, String action, long unitId, Map<String, Object> before,
		Map<String, Object> after) {
}
