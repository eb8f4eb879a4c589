package vn.danvan.reporting.excel;

import vn.danvan.reporting.submissions.Revision;
import vn.danvan.shared.errors.RejectedException;

import java.util.List;

/**
 * An uploaded Excel file refused as a whole (corrupt, encrypted, not from Danvan, for
 * another report, edited outside its cells, or older than changes made since): nothing
 * was changed. {@link #since()} lists what others saved after the file was downloaded.
 */
public class ExcelRejectedException extends RejectedException {

	private final transient List<Revision> since;

	public ExcelRejectedException(String messageKey, Object... arguments) {
		this(List.of(), messageKey, arguments);
	}

	public ExcelRejectedException(List<Revision> since, String messageKey, Object... arguments) {
		super(null, messageKey, arguments);
		this.since = List.copyOf(since);
	}

	public List<Revision> since() {
		return this.since;
	}

}
