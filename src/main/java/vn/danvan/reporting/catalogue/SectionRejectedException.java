package vn.danvan.reporting.catalogue;

import vn.danvan.shared.errors.InvalidRequestException;

/**
 * A template definition refused because of one of its sections: the same message as the
 * cause, with the position of the section (from 0) so that an editor can mark its row.
 */
public class SectionRejectedException extends InvalidRequestException {

	private final int section;

	public SectionRejectedException(int section, InvalidRequestException cause) {
		super(cause.parameter(), cause.messageKey(), cause.arguments());
		this.section = section;
		initCause(cause);
	}

	public int section() {
		return this.section;
	}

}
