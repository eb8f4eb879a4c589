package vn.danvan.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.danvan.reporting.Indicator;
import vn.danvan.reporting.ValueType;

/**
 * One aggregated figure of a dashboard: an indicator (and breakdown item) added up over a
 * unit and everything below it, with the previous period and the same period a year
 * before; {@code null} where nothing was reported.
 */
public record Figure(String key, Indicator indicator, String item, String itemName, BigDecimal value,
		BigDecimal previous, BigDecimal lastYear, int reported, boolean approximate) {

	/**
	 * The name shown: the indicator's, with the breakdown item's after a dash.
	 */
	public String label() {
		return (this.itemName == null || this.itemName.isEmpty()) ? this.indicator.name()
				: this.indicator.name() + " – " + this.itemName;
	}

	public BigDecimal changeFromPrevious() {
		return difference(this.value, this.previous);
	}

	/**
	 * The change in percent of the previous value; null for a percentage (its change is
	 * already in percentage points: a rate going from 80 % to 88 % rose by 8 points, not
	 * "10 %").
	 */
	public BigDecimal percentFromPrevious() {
		return rate() ? null : percent(this.value, this.previous);
	}

	public BigDecimal changeFromLastYear() {
		return difference(this.value, this.lastYear);
	}

	/**
	 * The change in percent of last year's value; null for a percentage, as above.
	 */
	public BigDecimal percentFromLastYear() {
		return rate() ? null : percent(this.value, this.lastYear);
	}

	/**
	 * True for a percentage: its changes are in percentage points.
	 */
	public boolean rate() {
		return this.indicator.valueType() == ValueType.PERCENTAGE;
	}

	static BigDecimal difference(BigDecimal now, BigDecimal before) {
		return (now == null || before == null) ? null : now.subtract(before);
	}

	static BigDecimal percent(BigDecimal now, BigDecimal before) {
		if (now == null || before == null || before.signum() == 0) {
			return null;
		}
		return now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before.abs(), 1, RoundingMode.HALF_UP);
	}

}
