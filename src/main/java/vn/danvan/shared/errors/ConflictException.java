package vn.danvan.shared.errors;

import java.util.List;

/**
 * The change was made from an older version, or collides with the object's current state:
 * 409, with what changed meanwhile ({@link #changes()}, shown to the user so that nothing
 * is silently overwritten).
 */
public non-sealed class ConflictException extends DanvanException {

	private final transient List<?> changes;

	public ConflictException(List<?> changes, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.changes = (changes != null) ? List.copyOf(changes) : List.of();
		if (!this.changes.isEmpty()) {
			with("differences", this.changes);
		}
	}

	public ConflictException(String messageKey, Object... arguments) {
		this(List.of(), messageKey, arguments);
	}

	public List<?> changes() {
		return this.changes;
	}

}
