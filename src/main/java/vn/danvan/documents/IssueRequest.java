package vn.danvan.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * How a draft is issued: the date the document bears (today when absent), who signs (the
 * head or a deputy) and their name, the recipients (the "Lưu" line is added), and
 * optionally the draft version the officer saw.
 */
public record IssueRequest(LocalDate date, Signer signer, String signerName, List<String> recipients,
		Integer expectedVersion) {

	/**
	 * The head of the body, or a deputy signing for them.
	 */
	public enum Signer {

		HEAD, DEPUTY

	}

}
