package vn.danvan.reporting.catalogue;

import vn.danvan.reporting.ReportingException;

/**
 * A template definition refused because of one of its sections: the same message as the
 * cause, with the position of the section (from 0) so that an editor can mark its row.
 */
public class SectionRejectedException extends ReportingException {

	private final int section;

	public SectionRejectedException(int section, ReportingException cause) {
		super(cause.status(), cause.messageKey(), cause.arguments());
		this.section = section;
		initCause(cause);
	}

	public int section() {
		return this.section;
	}

}
