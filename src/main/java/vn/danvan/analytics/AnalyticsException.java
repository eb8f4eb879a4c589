package vn.danvan.analytics;

import vn.danvan.shared.errors.NotFoundException;

/**
 * Analytics cannot find what was asked for (a period, a unit or one outside the reader's
 * scope, an indicator): the shared "not found" kind (404). The other refusals of
 * analytics are the shared kinds themselves ({@code InvalidRequestException} for a view,
 * inclusion or format that cannot be read, {@code ForbiddenException},
 * {@code ConflictException}). It stays a class of its own because other modules catch it.
 */
public class AnalyticsException extends NotFoundException {

	AnalyticsException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	public static AnalyticsException notFound(String messageKey, Object... arguments) {
		return new AnalyticsException(messageKey, arguments);
	}

	/**
	 * Always 404. Kept only while {@code documents} still reads it.
	 * @deprecated the kind of the refusal says its status; catch the shared kinds
	 */
	@Deprecated(forRemoval = true)
	public int status() {
		return 404;
	}

}
