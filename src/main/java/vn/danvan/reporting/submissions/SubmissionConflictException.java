package vn.danvan.reporting.submissions;

import vn.danvan.reporting.ReportingException;
import vn.danvan.reporting.Revision;

import java.util.List;

/**
 * A save refused because someone else saved the report after the version the caller
 * started from; carries what they changed.
 */
public class SubmissionConflictException extends ReportingException {

	private final int currentVersion;

	private final transient List<Revision> since;

	public SubmissionConflictException(int currentVersion, List<Revision> since) {
		super(409, "reporting.error.conflict", since.isEmpty() ? "" : since.get(since.size() - 1).changedBy(),
				currentVersion);
		this.currentVersion = currentVersion;
		this.since = List.copyOf(since);
	}

	public int currentVersion() {
		return this.currentVersion;
	}

	public List<Revision> since() {
		return this.since;
	}

}
