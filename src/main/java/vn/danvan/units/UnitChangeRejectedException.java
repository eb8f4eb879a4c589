package vn.danvan.units;

/**
 * A change to the organisation tree that was refused; nothing was written. {@code field}
 * names the form field the message belongs to, {@code messageKey} the text in the
 * messages.
 */
public class UnitChangeRejectedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public UnitChangeRejectedException(String field, String messageKey, Object... arguments) {
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
