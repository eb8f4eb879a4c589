package vn.danvan.directives.recognition;

import java.time.Instant;

/**
 * A place in a text Danvan holds where a directive is mentioned.
 *
 * @param quoted the reference as written
 * @param excerpt the reference with some text around it
 * @param sourceUnitId the unit the text belongs to ({@code null}: the whole system)
 */
public record Mention(long id, String sourceType, String sourceId, String sourceTitle, String link, String quoted,
		String excerpt, String label, Resolution resolution, Long directiveId, Instant recordedAt, Long sourceUnitId) {
}
