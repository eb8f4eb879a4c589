package vn.danvan.units;

/**
 * How one unit became another.
 */
public enum SuccessionKind {

	MERGE, SPLIT, RENAME, TRANSFER;

	public String messageKey() {
		return "unit.succession." + name();
	}

}
