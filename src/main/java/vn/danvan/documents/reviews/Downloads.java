package vn.danvan.documents.reviews;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.danvan.documents.IssuedDocument;

/**
 * An issued document's file as a download: its media type and a file name from its
 * number.
 */
public final class Downloads {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private Downloads() {
	}

	static ResponseEntity<byte[]> file(IssuedDocument document, String format, byte[] bytes) {
		MediaType type = switch (format) {
			case "xlsx" -> XLSX;
			case "pdf" -> MediaType.APPLICATION_PDF;
			default -> DOCX;
		};
		boolean named = document.storedFileName() != null && !document.storedFileName().isBlank();
		String name = document.fileName() + ((format.equals("xlsx") && !named) ? "-phu-luc" : "") + "." + format;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(bytes);
	}

}
