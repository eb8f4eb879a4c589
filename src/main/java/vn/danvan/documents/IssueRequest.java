package vn.danvan.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * How a draft is issued: the date the document bears (today when absent), who signs (the
 * head or a deputy) and their name, the recipients (the "Lưu" line is added), optionally
 * the draft version the officer saw; whether the officer confirmed what the check before
 * issuing found ({@link IssueCheck}), and the reason for issuing with an empty mandatory
 * part.
 */
public record IssueRequest(LocalDate date, Signer signer, String signerName, List<String> recipients,
		Integer expectedVersion, boolean confirmed, String reason) {

	/**
	 * A request not yet confirmed: refused when the check finds something.
	 */
	public IssueRequest(LocalDate date, Signer signer, String signerName, List<String> recipients,
			Integer expectedVersion) {
		this(date, signer, signerName, recipients, expectedVersion, false, null);
	}

	/**
	 * The same request, confirmed, with a reason (or none).
	 */
	public IssueRequest confirm(String reason) {
		return new IssueRequest(this.date, this.signer, this.signerName, this.recipients, this.expectedVersion, true,
				reason);
	}

	/**
	 * The head of the body, or a deputy signing for them.
	 */
	public enum Signer {

		HEAD, DEPUTY

	}

}
