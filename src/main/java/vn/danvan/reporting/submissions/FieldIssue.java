package vn.danvan.reporting.submissions;

import java.util.List;
import vn.danvan.reporting.Rule;

/**
 * A validation message beside a field: the cell key ({@code CODE} or {@code CODE.ITEM},
 * {@code section-ID} for a narrative), its severity and a message key with arguments.
 */
public record FieldIssue(String field, Rule.Severity severity, String messageKey, List<Object> arguments) {

	public static FieldIssue error(String field, String messageKey, Object... arguments) {
		return new FieldIssue(field, Rule.Severity.ERROR, messageKey, List.of(arguments));
	}

	public static FieldIssue warning(String field, String messageKey, Object... arguments) {
		return new FieldIssue(field, Rule.Severity.WARNING, messageKey, List.of(arguments));
	}

	public boolean error() {
		return this.severity == Rule.Severity.ERROR;
	}

}
