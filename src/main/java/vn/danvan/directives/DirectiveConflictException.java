package vn.danvan.directives;

/**
 * A change based on a version of the directive that is no longer the current one (someone
 * saved in between): answered 409, like every stale edit; nothing was written.
 */
public class DirectiveConflictException extends DirectiveRejectedException {

	public DirectiveConflictException(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
