package vn.danvan.directives.register;

/**
 * A search or filter parameter that cannot be read (400).
 */
public class InvalidDirectiveQueryException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public InvalidDirectiveQueryException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	Object[] arguments() {
		return this.arguments;
	}

}
