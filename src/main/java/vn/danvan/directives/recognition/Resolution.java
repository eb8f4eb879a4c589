package vn.danvan.directives.recognition;

/**
 * What became of a reference in the register: one directive, several that fit, or none.
 */
public enum Resolution {

	RESOLVED, AMBIGUOUS, UNKNOWN;

	public String messageKey() {
		return "directives.resolution." + name();
	}

}
