package vn.danvan.accounts.users;

/**
 * A user could not be created or changed; nothing was written. {@code field} names the
 * form field the message belongs to ({@code null} for the whole form).
 */
public class UserChangeRejectedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public UserChangeRejectedException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
