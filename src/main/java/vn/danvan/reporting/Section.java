package vn.danvan.reporting;

import java.util.List;

/**
 * One section of a template version: a part or heading (depth 0 or 1), a narrative with
 * guidance for the writer, a table of indicators, or a narrative and a table.
 */
public record Section(long id, int position, int depth, String label, String title, String guidance, boolean narrative,
		List<Long> indicatorIds) {

	public boolean hasTable() {
		return !this.indicatorIds.isEmpty();
	}

	public String heading() {
		return this.label.isBlank() ? this.title : this.label + " " + this.title;
	}

}
