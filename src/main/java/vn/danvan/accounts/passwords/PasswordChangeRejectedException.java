package vn.danvan.accounts.passwords;

/**
 * A password change that was refused; nothing changed. {@code field} names the form field
 * the message belongs to.
 */
public class PasswordChangeRejectedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public PasswordChangeRejectedException(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments;
	}

}
