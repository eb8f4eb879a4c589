package vn.danvan.practices.registry;

import vn.danvan.shared.errors.RejectedException;

/**
 * A change that was refused (422); nothing was written. {@code field} names the form
 * field the message belongs to. {@code duplicate} is set when the officer may confirm and
 * save again (the API's problem details then say {@code duplicate: true}).
 */
public class PracticeRejectedException extends RejectedException {

	private final boolean duplicate;

	public PracticeRejectedException(String field, String messageKey, Object... arguments) {
		this(false, field, messageKey, arguments);
	}

	PracticeRejectedException(boolean duplicate, String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
		this.duplicate = duplicate;
		if (duplicate) {
			with("duplicate", true);
		}
	}

	public boolean duplicate() {
		return this.duplicate;
	}

}
