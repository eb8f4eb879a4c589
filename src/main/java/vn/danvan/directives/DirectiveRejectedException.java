package vn.danvan.directives;

/**
 * A change that was refused; nothing was written. {@code field} names the form field the
 * message belongs to, {@code messageKey} the text in the messages.
 */
public class DirectiveRejectedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public DirectiveRejectedException(String field, String messageKey, Object... arguments) {
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
