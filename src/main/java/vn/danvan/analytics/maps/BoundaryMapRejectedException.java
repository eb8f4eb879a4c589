package vn.danvan.analytics.maps;

import vn.danvan.shared.errors.RejectedException;

/**
 * An uploaded boundary file refused as a whole (too large, not UTF-8, not JSON, not a
 * GeoJSON FeatureCollection of polygons, coordinates out of range, no province matched):
 * nothing was stored and the active map is unchanged. The message key and its arguments
 * say why in the reader's language; {@link #status()} is the HTTP status to answer with.
 */
class BoundaryMapRejectedException extends RejectedException {

	private final int status;

	BoundaryMapRejectedException(int status, String messageKey, Object... arguments) {
		super("file", messageKey, arguments);
		this.status = status;
	}

	static BoundaryMapRejectedException invalid(String messageKey, Object... arguments) {
		return new BoundaryMapRejectedException(422, messageKey, arguments);
	}

	/**
	 * 422, or 413 for a file over the size limit: the status the upload page answers
	 * with.
	 */
	public int status() {
		return this.status;
	}

}
