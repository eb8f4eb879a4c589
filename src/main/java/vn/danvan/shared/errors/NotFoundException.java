package vn.danvan.shared.errors;

/**
 * The object does not exist, or lies outside the caller's scope (the two are not told
 * apart, so that an outsider learns nothing): 404.
 */
public non-sealed class NotFoundException extends DanvanException {

	public NotFoundException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
