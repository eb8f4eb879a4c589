package vn.danvan.analytics;

/**
 * A request analytics refuses: an HTTP status, a message key and its arguments. Anything
 * outside the user's scope is answered as not found.
 */
public class AnalyticsException extends RuntimeException {

	private final int status;

	private final String messageKey;

	private final transient Object[] arguments;

	AnalyticsException(int status, String messageKey, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public static AnalyticsException notFound(String messageKey, Object... arguments) {
		return new AnalyticsException(404, messageKey, arguments);
	}

	public static AnalyticsException badRequest(String messageKey, Object... arguments) {
		return new AnalyticsException(400, messageKey, arguments);
	}

	public static AnalyticsException conflict(String messageKey, Object... arguments) {
		return new AnalyticsException(409, messageKey, arguments);
	}

	public static AnalyticsException forbidden(String messageKey, Object... arguments) {
		return new AnalyticsException(403, messageKey, arguments);
	}

	public int status() {
		return this.status;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments;
	}

}
