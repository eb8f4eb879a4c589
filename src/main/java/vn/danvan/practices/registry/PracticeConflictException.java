package vn.danvan.practices.registry;

import java.time.Instant;
import java.util.List;

import vn.danvan.shared.errors.ConflictException;

/**
 * A save built from an older version: refused (409), with what the stored practice holds
 * now where it differs from the save ({@code differences}), and who saved last.
 */
public class PracticeConflictException extends ConflictException {

	private final int currentVersion;

	private final String changedBy;

	private final Instant changedAt;

	PracticeConflictException(int currentVersion, String changedBy, Instant changedAt, List<Difference> differences) {
		super(differences, "practices.error.stale", changedBy);
		this.currentVersion = currentVersion;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
		with("currentVersion", currentVersion);
		with("changedBy", changedBy);
		with("changedAt", changedAt);
	}

	public int currentVersion() {
		return this.currentVersion;
	}

	public String changedBy() {
		return this.changedBy;
	}

	public Instant changedAt() {
		return this.changedAt;
	}

	@SuppressWarnings("unchecked")
	public List<Difference> differences() {
		return (List<Difference>) changes();
	}

	/**
	 * A field whose stored value differs from the one saved.
	 */
	public record Difference(String field, String stored, String yours) {
	}

}
