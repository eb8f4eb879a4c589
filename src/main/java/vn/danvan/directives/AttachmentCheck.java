package vn.danvan.directives;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Decides what a file is from its bytes, never from its name: a PDF starts with
 * {@code %PDF}, a DOCX is a ZIP archive holding {@code word/document.xml}.
 */
final class AttachmentCheck {

	static final String PDF = "application/pdf";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private AttachmentCheck() {
	}

	static Optional<String> contentType(byte[] content) {
		if (content == null || content.length < 4) {
			return Optional.empty();
		}
		if (content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F') {
			return Optional.of(PDF);
		}
		if (content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4 && isWordDocument(content)) {
			return Optional.of(DOCX);
		}
		return Optional.empty();
	}

	private static boolean isWordDocument(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if ("word/document.xml".equals(entry.getName())) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

}
