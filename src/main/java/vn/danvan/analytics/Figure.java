package vn.danvan.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.danvan.reporting.Indicator;
import vn.danvan.reporting.ValueType;

/**
 * One aggregated figure of a dashboard: an indicator (and breakdown item) added up over a
 * unit and everything below it, with the totals of the previous period and of the same
 * period a year before, and the comparisons with them over the units that reported in
 * both periods (like for like); {@code null} where nothing was reported.
 *
 * @param value this period, every report counted
 * @param previousTotal the previous period, every report counted (not to be compared with
 * {@code value} when other units reported)
 * @param lastYearTotal the same period a year before, every report counted
 * @param withPrevious this period and the previous one over the units in common
 * @param withLastYear this period and the same period a year before over the units in
 * common
 */
public record Figure(String key, Indicator indicator, String item, String itemName, BigDecimal value,
		BigDecimal previousTotal, BigDecimal lastYearTotal, Comparison withPrevious, Comparison withLastYear,
		int reported, boolean approximate) {

	/**
	 * Both sides of a like-for-like comparison: this period's figure and the other
	 * period's over the same units; both null when the periods have no unit in common.
	 */
	public record Comparison(BigDecimal now, BigDecimal before) {

		public static final Comparison NONE = new Comparison(null, null);

		public BigDecimal change() {
			return difference(this.now, this.before);
		}

		public boolean possible() {
			return this.now != null && this.before != null;
		}

	}

	/**
	 * The name shown: the indicator's, with the breakdown item's after a dash.
	 */
	public String label() {
		return (this.itemName == null || this.itemName.isEmpty()) ? this.indicator.name()
				: this.indicator.name() + " – " + this.itemName;
	}

	/**
	 * The previous period's figure over the units that reported in both periods.
	 */
	public BigDecimal previous() {
		return this.withPrevious.before();
	}

	/**
	 * This period's figure over the units that also reported in the previous period.
	 */
	public BigDecimal valueLikePrevious() {
		return this.withPrevious.now();
	}

	/**
	 * The same period a year before over the units that reported in both periods.
	 */
	public BigDecimal lastYear() {
		return this.withLastYear.before();
	}

	/**
	 * This period's figure over the units that also reported a year before.
	 */
	public BigDecimal valueLikeLastYear() {
		return this.withLastYear.now();
	}

	/**
	 * The change from the previous period, like for like.
	 */
	public BigDecimal changeFromPrevious() {
		return this.withPrevious.change();
	}

	/**
	 * The change in percent of the previous value, like for like; null for a percentage
	 * (its change is already in percentage points: a rate going from 80 % to 88 % rose by
	 * 8 points, not "10 %"), and for a yes/no indicator.
	 */
	public BigDecimal percentFromPrevious() {
		return (rate() || yesNo()) ? null : percent(this.withPrevious.now(), this.withPrevious.before());
	}

	public BigDecimal changeFromLastYear() {
		return this.withLastYear.change();
	}

	/**
	 * The change in percent of last year's value, like for like; null for a percentage,
	 * as above.
	 */
	public BigDecimal percentFromLastYear() {
		return (rate() || yesNo()) ? null : percent(this.withLastYear.now(), this.withLastYear.before());
	}

	/**
	 * True for a percentage: its changes are in percentage points.
	 */
	public boolean rate() {
		return this.indicator.valueType() == ValueType.PERCENTAGE;
	}

	/**
	 * True for a yes/no indicator: its sum is the number of units answering yes.
	 */
	public boolean yesNo() {
		return this.indicator.valueType() == ValueType.BOOLEAN;
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
