package vn.danvan.analytics;

import java.math.BigDecimal;

import vn.danvan.reporting.Period;

/**
 * A figure of one period, for following an indicator across periods.
 */
public record SeriesPoint(Period period, BigDecimal value, boolean approximate) {

}
