package vn.danvan.directives;

import org.springframework.security.access.AccessDeniedException;

/**
 * The user sees the directive but may not do this to it (a unit below its owner, a role
 * that does not allow it): answered 403, as a refused role is; nothing was written.
 */
public class DirectiveForbiddenException extends AccessDeniedException {

	public DirectiveForbiddenException(long directiveId) {
		super("directive " + directiveId + " is not the user's to change");
	}

}
