package vn.danvan.directives.register;

import java.time.Instant;

/**
 * A PDF or DOCX file kept with a directive, or as the evidence of what a unit did.
 */
public record Attachment(long id, long directiveId, boolean evidence, String fileName, String contentType, int size,
		String uploadedBy, Instant uploadedAt) {
}
