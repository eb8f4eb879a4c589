package vn.danvan.documents.profiles;

import java.util.List;
import java.util.Map;

import vn.danvan.shared.errors.SaidInLanguage;
import vn.danvan.shared.errors.InvalidRequestException;

/**
 * A format profile change refused (400, as before the shared model): each impossible
 * value with its message key and arguments, listed in the API's problem details as
 * {@code issues} (field, message in the reader's language). Nothing is saved.
 */
public class ProfileRejectedException extends InvalidRequestException {

	private final transient List<Issue> issues;

	ProfileRejectedException(List<Issue> issues) {
		super(null, "documents.profile.rejected");
		this.issues = List.copyOf(issues);
		with("issues",
				(SaidInLanguage) (messages) -> this.issues.stream()
					.map((issue) -> Map.of("field", issue.field(), "message",
							messages.say(issue.messageKey(), issue.arguments())))
					.toList());
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
