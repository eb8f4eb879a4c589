package vn.danvan.reporting.submissions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.danvan.shared.errors.RejectedException;
import vn.danvan.shared.errors.SaidInLanguage;

/**
 * A save or submission refused because of the values: nothing was written. The API's
 * problem details list them as {@code issues} (field, severity, message in the reader's
 * language).
 */
public class SubmissionInvalidException extends RejectedException {

	private final transient List<FieldIssue> issues;

	public SubmissionInvalidException(String messageKey, List<FieldIssue> issues) {
		super(field(issues), messageKey, issues.stream().filter(FieldIssue::error).count());
		this.issues = List.copyOf(issues);
		with("issues", (SaidInLanguage) (messages) -> {
			List<Map<String, Object>> said = new ArrayList<>();
			for (FieldIssue issue : this.issues) {
				Map<String, Object> json = new LinkedHashMap<>();
				json.put("field", issue.field());
				json.put("severity", issue.severity().name());
				json.put("message", messages.say(issue.messageKey(), issue.arguments().toArray()));
				said.add(json);
			}
			return said;
		});
	}

	/**
	 * The one field the errors are about, when they are all about one ({@code null}
	 * otherwise): the problem's {@code field}.
	 */
	private static String field(List<FieldIssue> issues) {
		List<String> fields = issues.stream().filter(FieldIssue::error).map(FieldIssue::field).distinct().toList();
		return (fields.size() == 1) ? fields.get(0) : null;
	}

	public List<FieldIssue> issues() {
		return this.issues;
	}

}
