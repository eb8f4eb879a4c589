package vn.danvan.documents;

/**
 * Issuing refused until the officer confirms what the check found (422), or gives the
 * reason for issuing with an empty mandatory part (422).
 */
public class IssueRefusedException extends DocumentsException {

	private final transient IssueCheck check;

	public IssueRefusedException(String messageKey, IssueCheck check) {
		super(422, messageKey);
		this.check = check;
	}

	public IssueCheck check() {
		return this.check;
	}

}
