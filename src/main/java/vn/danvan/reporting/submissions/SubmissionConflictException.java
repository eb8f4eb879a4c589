package vn.danvan.reporting.submissions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.danvan.shared.errors.ConflictException;

/**
 * A save refused because someone else saved the report after the version the caller
 * started from; carries what they changed. The API's problem details add
 * {@code currentVersion} and {@code changes} (one line per changed field).
 */
public class SubmissionConflictException extends ConflictException {

	private final int currentVersion;

	private final transient List<Revision> since;

	public SubmissionConflictException(int currentVersion, List<Revision> since) {
		super("reporting.error.conflict", since.isEmpty() ? "" : since.get(since.size() - 1).changedBy(),
				currentVersion);
		this.currentVersion = currentVersion;
		this.since = List.copyOf(since);
		List<Change> changes = new ArrayList<>();
		for (Revision revision : this.since) {
			for (Revision.Change change : revision.changes()) {
				changes.add(new Change(revision.version(), revision.changedBy(), revision.changedAt(), change.field(),
						change.label(), change.before(), change.after()));
			}
		}
		with("currentVersion", currentVersion);
		with("changes", changes);
	}

	public int currentVersion() {
		return this.currentVersion;
	}

	public List<Revision> since() {
		return this.since;
	}

	/**
	 * One field changed by someone else since the caller's version.
	 */
	public record Change(int version, String changedBy, Instant changedAt, String field, String label, String before,
			String after) {
	}

}
