package vn.danvan.units.web;

/**
 * A request parameter that cannot be understood (a date or a level); the message key and
 * its arguments explain it to the user.
 */
class InvalidUnitQueryException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	InvalidUnitQueryException(String messageKey, Object... arguments) {
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
