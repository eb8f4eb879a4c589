package vn.danvan.reporting;

/**
 * Where an open period stands over the units of a user's scope: how many reports are
 * expected, handed in, waiting for review, approved, returned, and still missing after
 * the deadline.
 */
public record PeriodProgress(Period period, int expected, int handedIn, int awaitingReview, int approved, int returned,
		int missingAfterDeadline) {

}
