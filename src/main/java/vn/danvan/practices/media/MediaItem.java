package vn.danvan.practices.media;

import java.time.Instant;

/**
 * A photo or document of a practice as listed (without its bytes).
 */
public record MediaItem(long id, long practiceId, Kind kind, String fileName, String contentType, int sizeBytes,
		Integer width, Integer height, String caption, String uploadedBy, Instant uploadedAt) {

	public enum Kind {

		IMAGE, DOCUMENT

	}

	public boolean image() {
		return this.kind == Kind.IMAGE;
	}

	/**
	 * "1,2 MB", "350 KB": the size as a person reads it.
	 */
	public String size() {
		if (this.sizeBytes >= 1024 * 1024) {
			return String.format(java.util.Locale.forLanguageTag("vi"), "%.1f MB", this.sizeBytes / (1024.0 * 1024.0));
		}
		return Math.max(1, Math.round(this.sizeBytes / 1024.0)) + " KB";
	}

}
