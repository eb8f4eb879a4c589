package vn.danvan.directives;

/**
 * Where a unit stands on an action: done (on time or late), late (due date passed, not
 * done), pending (not yet due).
 */
public enum ActionStatus {

	DONE, DONE_LATE, LATE, PENDING;

	public boolean done() {
		return this == DONE || this == DONE_LATE;
	}

	public String messageKey() {
		return "directives.status.action." + name();
	}

}
