package vn.danvan.documents;

import java.time.Instant;
import java.util.List;

/**
 * A review report being written for a unit and a period: its title and summary, and its
 * sections in template order. {@code version} guards concurrent saves; an issued draft no
 * longer changes.
 */
public record ReviewDraft(long id, long unitId, String unitName, long periodId, String periodName, String title,
		String summary, int version, State state, Long documentId, String updatedBy, Instant updatedAt,
		List<Section> sections) {

	public boolean issued() {
		return this.state == State.ISSUED;
	}

	/**
	 * Where a draft stands.
	 */
	public enum State {

		DRAFT, ISSUED

	}

	/**
	 * One section of the template in the draft: the text that goes into the document
	 * (initially the unit's own narrative and the figures as sentences), the figures as
	 * written when composed, and the narratives of the units directly below, marked by
	 * unit, to take from.
	 */
	public record Section(int position, long sectionId, int depth, String label, String title, boolean narrative,
			String body, String figures, List<Compiled> compiled) {

		public String heading() {
			return this.label.isBlank() ? this.title : this.label + " " + this.title;
		}

	}

	/**
	 * The narrative of a unit directly below for one section.
	 */
	public record Compiled(long unitId, String unitName, String text) {
	}

	/**
	 * A saved version: who saved it and when.
	 */
	public record Version(int version, String savedBy, Instant savedAt) {
	}

}
