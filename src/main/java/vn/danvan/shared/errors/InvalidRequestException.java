package vn.danvan.shared.errors;

/**
 * A parameter or body that cannot be read at all (not a number, an unknown sort order):
 * 400, naming the parameter.
 */
public non-sealed class InvalidRequestException extends DanvanException {

	private final String parameter;

	public InvalidRequestException(String parameter, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.parameter = parameter;
		with("parameter", parameter);
	}

	public String parameter() {
		return this.parameter;
	}

	/**
	 * An id given in a path or parameter as text: a positive whole number, or 400 naming
	 * it ("Tham số "id" không hợp lệ: "abc".") for controllers that take ids as text so
	 * that a wrong one is answered like every other refusal.
	 */
	public static long positiveId(String name, String value) {
		try {
			long id = Long.parseLong(value);
			if (id > 0) {
				return id;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new InvalidRequestException(name, "error.parameter", name, value);
	}

}
