package vn.danvan.analytics.maps;

import java.util.List;

/**
 * An uploaded boundary file refused as a whole (too large, not UTF-8, not JSON, not a
 * GeoJSON FeatureCollection of polygons, coordinates out of range, no province matched):
 * nothing was stored and the active map is unchanged. The message key and its arguments
 * say why in the reader's language; {@link #status()} is the HTTP status to answer with.
 */
public class BoundaryMapRejectedException extends RuntimeException {

	private final int status;

	private final String messageKey;

	private final transient List<Object> arguments;

	BoundaryMapRejectedException(int status, String messageKey, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	static BoundaryMapRejectedException invalid(String messageKey, Object... arguments) {
		return new BoundaryMapRejectedException(422, messageKey, arguments);
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
