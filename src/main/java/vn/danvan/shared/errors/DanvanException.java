package vn.danvan.shared.errors;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one family of refusals every module raises (ADR 23): a message key and its
 * arguments, said in the reader's language by the web layer, and named properties the API
 * adds to its problem details. Domain code never names an HTTP status: the kind of
 * refusal decides it ({@link NotFoundException} 404, {@link ForbiddenException} 403,
 * {@link InvalidRequestException} 400, {@link RejectedException} 422,
 * {@link ConflictException} 409). Nothing is written when one is thrown.
 */
public abstract sealed class DanvanException extends RuntimeException
		permits NotFoundException, ForbiddenException, InvalidRequestException, RejectedException, ConflictException {

	private final String messageKey;

	private final transient List<Object> arguments;

	private final transient Map<String, Object> properties = new LinkedHashMap<>();

	protected DanvanException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = (arguments != null) ? List.of(arguments) : List.of();
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.toArray();
	}

	/** Named values the API adds to the problem details (for example {@code field}). */
	public Map<String, Object> properties() {
		return Collections.unmodifiableMap(this.properties);
	}

	/** Adds a named value to the problem details; returns this refusal. */
	@SuppressWarnings("unchecked")
	public <T extends DanvanException> T with(String name, Object value) {
		if (value != null) {
			this.properties.put(name, value);
		}
		return (T) this;
	}

}
