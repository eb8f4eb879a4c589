package vn.danvan.shared.errors;

/**
 * The caller may see the object but not do this to it (another unit owns it, the period
 * is closed to them): 403, with the reason.
 */
public non-sealed class ForbiddenException extends DanvanException {

	public ForbiddenException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
