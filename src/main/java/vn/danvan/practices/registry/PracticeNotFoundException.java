package vn.danvan.practices.registry;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such practice, or not in the user's scope: both answer the same, so scope does not
 * leak.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PracticeNotFoundException extends RuntimeException {

	public PracticeNotFoundException(long id) {
		super("practice " + id + " not found");
	}

}
