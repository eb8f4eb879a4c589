package vn.danvan.documents;

import java.util.Map;

import vn.danvan.shared.errors.SaidInLanguage;
import vn.danvan.shared.errors.RejectedException;

/**
 * Issuing refused until the officer confirms what the check found (422), or gives the
 * reason for issuing with an empty mandatory part (422). The API's problem details add
 * the {@code findings} (kind, code, message in the reader's language),
 * {@code reasonRequired} and {@code emptyMandatory}.
 */
public class IssueRefusedException extends RejectedException {

	private final transient IssueCheck check;

	public IssueRefusedException(String messageKey, IssueCheck check) {
		super(null, messageKey);
		this.check = check;
		with("findings",
				(SaidInLanguage) (messages) -> check.findings()
					.stream()
					.map((finding) -> Map.of("kind", finding.kind().name(), "code", finding.messageKey(), "message",
							messages.say(finding.messageKey(), finding.args())))
					.toList());
		with("reasonRequired", check.reasonRequired());
		with("emptyMandatory", check.emptyMandatory());
	}

	public IssueCheck check() {
		return this.check;
	}

}
