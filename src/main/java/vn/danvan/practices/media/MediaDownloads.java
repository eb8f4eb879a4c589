package vn.danvan.practices.media;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A photo shown in the page (inline), a document downloaded; private to the signed-in
 * user's browser, never sniffed as another type.
 */
final class MediaDownloads {

	private MediaDownloads() {
	}

	static ResponseEntity<byte[]> send(PracticeMedia.Download download) {
		ContentDisposition disposition = (download.item().image() ? ContentDisposition.inline()
				: ContentDisposition.attachment())
			.filename(download.item().fileName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.contentType()))
			.contentLength(download.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.body(download.content());
	}

}
