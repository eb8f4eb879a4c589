package vn.danvan.directives.register;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded files in, attachments out, for the pages and the API alike.
 */
public final class Uploads {

	private Uploads() {
	}

	public static Upload of(MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			return null;
		}
		return new Upload(file.getOriginalFilename(), file.getBytes());
	}

	static ResponseEntity<byte[]> download(AttachmentContent content) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType(content.attachment().contentType()));
		headers.setContentLength(content.content().length);
		headers.set(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(content.attachment().fileName(), StandardCharsets.UTF_8)
					.build()
					.toString());
		headers.set("X-Content-Type-Options", "nosniff");
		return ResponseEntity.ok().headers(headers).body(content.content());
	}

}
