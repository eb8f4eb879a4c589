package vn.danvan.analytics.maps;

import java.time.Instant;
import java.util.List;

/**
 * The active boundary map: the uploaded file, who uploaded it and when, how many of its
 * features matched a province, and what the administrator should know about the match.
 *
 * @param features the features in the file
 * @param matched the provinces that got a boundary
 * @param etag the version of the stored GeoJSON, changes with every upload
 */
public record BoundaryMap(String fileName, long fileSize, String uploadedBy, Instant uploadedAt, int features,
		int matched, List<Warning> warnings, String etag) {

	public BoundaryMap {
		warnings = List.copyOf(warnings);
	}

	/**
	 * Something the administrator should check: a feature that matched no province, a
	 * province without a feature, two features merged into one province.
	 */
	public record Warning(String messageKey, List<String> arguments) {

		public Warning {
			arguments = List.copyOf(arguments);
		}

		public Object[] argumentArray() {
			return this.arguments.toArray();
		}

	}

}
