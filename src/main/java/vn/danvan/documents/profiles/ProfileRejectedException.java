package vn.danvan.documents.profiles;

import java.util.List;
import vn.danvan.documents.DocumentsException;

/**
 * A format profile change refused: each impossible value with its message key and
 * arguments. Nothing is saved.
 */
public class ProfileRejectedException extends DocumentsException {

	private final transient List<Issue> issues;

	ProfileRejectedException(List<Issue> issues) {
		super(400, "documents.profile.rejected");
		this.issues = List.copyOf(issues);
	}

	public List<Issue> issues() {
		return this.issues;
	}

	/**
	 * One refused value: the field and the message key with its arguments.
	 */
	public record Issue(String field, String messageKey, Object... arguments) {
	}

}
