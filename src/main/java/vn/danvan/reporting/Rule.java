package vn.danvan.reporting;

import java.math.BigDecimal;

/**
 * A validation rule kept in data: {@code NOT_GREATER_THAN} compares an indicator with
 * another ("resolved ≤ received"); {@code CHANGE_WARNING} warns when a value moves by
 * more than {@code threshold} percent from the unit's previous period.
 */
public record Rule(long id, Kind kind, Severity severity, long indicatorId, Long otherIndicatorId, BigDecimal threshold,
		String message) {

	public enum Kind {

		NOT_GREATER_THAN, CHANGE_WARNING

	}

	public enum Severity {

		ERROR, WARNING

	}

}
