package vn.danvan.analytics;

/**
 * How many units below a unit (itself included) must report for a period, how many have
 * handed their report in and how many are approved; approximate when some only partly
 * became the unit.
 */
public record Coverage(int expected, int handedIn, int approved, boolean approximate) {

	public static final Coverage NONE = new Coverage(0, 0, 0, false);

	/**
	 * The units whose figures are included under the inclusion.
	 */
	public int reporting(Inclusion inclusion) {
		return (inclusion == Inclusion.APPROVED) ? this.approved : this.handedIn;
	}

}
