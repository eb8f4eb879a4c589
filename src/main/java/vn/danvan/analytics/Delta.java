package vn.danvan.analytics;

/**
 * What a change of a report does to one inclusion's sums ({@code submitted} or
 * {@code approved}): adds its figures, leaves them, or takes them away. Its
 * {@link #sign()} is what the queued change multiplies the figures by when it is added up
 * (ADR 18).
 */
enum Delta {

	/** The report entered the inclusion: its figures are added. */
	ADD(1),

	/** The inclusion is not affected. */
	NONE(0),

	/** The report left the inclusion: its figures are taken away. */
	REMOVE(-1);

	private final int sign;

	Delta(int sign) {
		this.sign = sign;
	}

	int sign() {
		return this.sign;
	}

}
