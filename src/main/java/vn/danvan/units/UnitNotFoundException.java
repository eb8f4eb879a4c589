package vn.danvan.units;

import vn.danvan.shared.errors.NotFoundException;

/**
 * No such unit on that date (or not in the user's scope: both answer the same, so scope
 * does not leak). The shared "not found" kind (404), key {@code unit.error.notFound}; it
 * stays a class of its own because other modules catch it.
 */
public class UnitNotFoundException extends NotFoundException {

	public UnitNotFoundException(long id) {
		super("unit.error.notFound", id);
	}

}
