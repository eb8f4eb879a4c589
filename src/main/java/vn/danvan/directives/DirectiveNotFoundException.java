package vn.danvan.directives;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such directive, action or attachment, or not in the user's scope: both answer the
 * same, so scope does not leak.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DirectiveNotFoundException extends RuntimeException {

	public DirectiveNotFoundException(String what, long id) {
		super(what + " " + id + " not found");
	}

}
