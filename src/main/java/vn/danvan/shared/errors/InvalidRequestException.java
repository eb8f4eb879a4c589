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

}
