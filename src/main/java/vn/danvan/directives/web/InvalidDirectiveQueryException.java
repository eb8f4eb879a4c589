package vn.danvan.directives.web;

/**
 * A search or filter parameter that cannot be read (400).
 */
class InvalidDirectiveQueryException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	InvalidDirectiveQueryException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	String messageKey() {
		return this.messageKey;
	}

	Object[] arguments() {
		return this.arguments;
	}

}
