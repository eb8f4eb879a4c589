package vn.danvan.practices.registry;

import java.time.Instant;
import java.util.List;

/**
 * A save built from an older version: refused, with what the stored practice holds now
 * where it differs from the save, and who saved last.
 */
public class PracticeConflictException extends RuntimeException {

	private final int currentVersion;

	private final String changedBy;

	private final Instant changedAt;

	private final transient List<Difference> differences;

	PracticeConflictException(int currentVersion, String changedBy, Instant changedAt, List<Difference> differences) {
		super("practice changed since");
		this.currentVersion = currentVersion;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
		this.differences = List.copyOf(differences);
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

	public List<Difference> differences() {
		return this.differences;
	}

	/**
	 * A field whose stored value differs from the one saved.
	 */
	public record Difference(String field, String stored, String yours) {
	}

}
