package vn.danvan.reporting;

import java.util.List;

/**
 * A request reporting refuses, with a message key and arguments so that pages and the API
 * say it in the reader's language. {@link #status()} is the HTTP status the API answers
 * with.
 */
public class ReportingException extends RuntimeException {

	private final int status;

	private final String messageKey;

	private final transient List<Object> arguments;

	public ReportingException(int status, String messageKey, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public static ReportingException notFound() {
		return new ReportingException(404, "reporting.error.notFound");
	}

	public static ReportingException rejected(String messageKey, Object... arguments) {
		return new ReportingException(400, messageKey, arguments);
	}

	public static ReportingException conflict(String messageKey, Object... arguments) {
		return new ReportingException(409, messageKey, arguments);
	}

	public static ReportingException forbidden(String messageKey, Object... arguments) {
		return new ReportingException(403, messageKey, arguments);
	}

	public int status() {
		return this.status;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.toArray();
	}

}
