package vn.danvan.awards;

/**
 * Who is commended: a collective (a unit of the tree, or a named collective of a unit) or
 * an individual.
 */
public enum RecipientKind {

	/** Tập thể */
	COLLECTIVE,
	/** Cá nhân */
	INDIVIDUAL;

	public String messageKey() {
		return "awards.kind." + name();
	}

}
