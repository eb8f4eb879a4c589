package vn.danvan.directives;

/**
 * Whether a directive is still in force. A replaced directive names the one that replaced
 * it.
 */
public enum DirectiveStatus {

	IN_FORCE, AMENDED, REPLACED, EXPIRED;

	public String messageKey() {
		return "directives.status." + name();
	}

}
