package vn.danvan.awards;

/**
 * One recipient of a decision: a collective (its unit, or the named collective of the
 * unit) or an individual (name, position, unit); {@code practiceId} links it to the
 * practice it is commended for.
 */
public record Recipient(long id, int position, RecipientKind kind, String name, String jobTitle, long unitId,
		Long practiceId) {

}
