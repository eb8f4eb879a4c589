package vn.danvan.reporting;

import java.math.BigDecimal;

/**
 * One number of a handed-in report: the indicator, the breakdown item ({@code ""} when
 * the indicator has none) and the value.
 */
public record ReportedValue(long indicatorId, String item, BigDecimal value) {

}
