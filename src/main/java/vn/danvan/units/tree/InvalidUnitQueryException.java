package vn.danvan.units.tree;

/**
 * A request parameter that cannot be understood (a date or a level); the message key and
 * its arguments explain it to the user.
 */
public class InvalidUnitQueryException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public InvalidUnitQueryException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments;
	}

}
