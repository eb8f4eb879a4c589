package vn.danvan.reporting.computed;

import java.math.BigDecimal;

/**
 * A computed cell of a report: the value the registry gives now, the one stored with the
 * report (null until handed in or updated), the list behind the number and the noun that
 * counts it.
 */
public record ComputedCell(String key, String label, String measure, BigDecimal current, BigDecimal stored,
		String listPath, String nounKey) {

	/**
	 * What the form shows: the stored value once there is one, the current one before.
	 */
	public BigDecimal shown() {
		return (this.stored != null) ? this.stored : this.current;
	}

	/**
	 * True when the registry has changed since the value was stored.
	 */
	public boolean changed() {
		return this.stored != null && this.current != null && this.stored.compareTo(this.current) != 0;
	}

}
