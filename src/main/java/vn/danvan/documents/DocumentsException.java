package vn.danvan.documents;

/**
 * A request the documents module refuses: an HTTP status, a message key and its
 * arguments. Anything outside the user's scope is answered as not found.
 */
public class DocumentsException extends RuntimeException {

	private final int status;

	private final String messageKey;

	private final transient Object[] arguments;

	public DocumentsException(int status, String messageKey, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public static DocumentsException notFound(String messageKey, Object... arguments) {
		return new DocumentsException(404, messageKey, arguments);
	}

	public static DocumentsException badRequest(String messageKey, Object... arguments) {
		return new DocumentsException(400, messageKey, arguments);
	}

	public static DocumentsException conflict(String messageKey, Object... arguments) {
		return new DocumentsException(409, messageKey, arguments);
	}

	public static DocumentsException unprocessable(String messageKey, Object... arguments) {
		return new DocumentsException(422, messageKey, arguments);
	}

	public static DocumentsException forbidden(String messageKey, Object... arguments) {
		return new DocumentsException(403, messageKey, arguments);
	}

	public static DocumentsException unavailable(String messageKey, Object... arguments) {
		return new DocumentsException(503, messageKey, arguments);
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
