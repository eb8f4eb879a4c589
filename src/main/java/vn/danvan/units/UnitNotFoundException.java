package vn.danvan.units;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such unit on that date (or not in the user's scope: both answer the same, so scope
 * does not leak).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnitNotFoundException extends RuntimeException {

	public UnitNotFoundException(long id) {
		super("Unit " + id + " not found");
	}

}
