package vn.danvan.practices.registry;

/**
 * A change that was refused; nothing was written. {@code field} names the form field the
 * message belongs to. {@code duplicate} is set when the officer may confirm and save
 * again.
 */
public class PracticeRejectedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	private final boolean duplicate;

	public PracticeRejectedException(String field, String messageKey, Object... arguments) {
		this(false, field, messageKey, arguments);
	}

	PracticeRejectedException(boolean duplicate, String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
		this.duplicate = duplicate;
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

	public boolean duplicate() {
		return this.duplicate;
	}

}
