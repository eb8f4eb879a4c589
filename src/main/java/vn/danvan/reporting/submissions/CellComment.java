package vn.danvan.reporting.submissions;

import java.time.Instant;

/**
 * A reviewer's comment on a cell ({@code CODE} or {@code CODE.ITEM}) or a narrative
 * ({@code section-ID}) of a report, kept with the version of the report it was made on,
 * by the person's name at the time; answered once the unit marks it so.
 */
public record CellComment(long id, long submissionId, int version, String cell, String text, String author,
		String authorName, Instant createdAt, String answeredBy, String answeredByName, Instant answeredAt) {

	public boolean answered() {
		return this.answeredAt != null;
	}

	/**
	 * The id of the element of the form it is about ({@code c-KEY}, {@code n-ID}).
	 */
	public String target() {
		return this.cell.startsWith("section-") ? "n-" + this.cell.substring("section-".length()) : "c-" + this.cell;
	}

}
