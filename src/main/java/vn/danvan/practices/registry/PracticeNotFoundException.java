package vn.danvan.practices.registry;

import vn.danvan.shared.errors.NotFoundException;

/**
 * No such practice, or not in the user's scope: both answer the same (404,
 * {@code practices.error.notFound}), so scope does not leak.
 */
public class PracticeNotFoundException extends NotFoundException {

	public PracticeNotFoundException(long id) {
		super("practices.error.notFound");
	}

}
