package vn.danvan.shared.errors;

/**
 * A change that breaks a rule of the domain (a required field empty, a date outside the
 * period): 422, with the form {@link #field()} the message belongs to ({@code null} when
 * it belongs to the whole form).
 */
public non-sealed class RejectedException extends DanvanException {

	private final String field;

	public RejectedException(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = field;
		with("field", field);
	}

	public String field() {
		return this.field;
	}

}
