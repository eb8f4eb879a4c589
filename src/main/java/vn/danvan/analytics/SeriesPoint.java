package vn.danvan.analytics;

import java.math.BigDecimal;

import vn.danvan.reporting.Period;

/**
 * A figure of one period, for following an indicator across periods, with how many units
 * it counts (totals of periods counting different units are not a trend).
 */
public record SeriesPoint(Period period, BigDecimal value, boolean approximate, Coverage coverage) {

}
