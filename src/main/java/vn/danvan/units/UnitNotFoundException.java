package vn.danvan.units;

/**
 * No such unit on that date (or not in the user's scope: both answer the same, so scope
 * does not leak).
 */
public class UnitNotFoundException extends RuntimeException {

	public UnitNotFoundException(long id) {
		super("Unit " + id + " not found");
	}

}
