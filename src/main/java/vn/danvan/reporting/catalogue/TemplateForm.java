package vn.danvan.reporting.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * The template editor as posted: the template, who reports, and its sections in order.
 * {@code version} and {@code rowVersion} identify the saved state the editor started
 * from; {@code action} is the button pressed ({@code save}, {@code add}, {@code up:3},
 * {@code down:3}, {@code remove:3}).
 */
record TemplateForm(String code, String name, String description, List<String> levels, List<String> kinds,
		List<SectionRow> sections, Integer version, Integer rowVersion, String action) {

	TemplateForm {
		levels = (levels != null) ? levels : List.of();
		kinds = (kinds != null) ? kinds : List.of();
		sections = (sections != null) ? new ArrayList<>(sections) : new ArrayList<>();
		sections.replaceAll((row) -> (row != null) ? row : SectionRow.blank());
	}

	TemplateForm withSections(List<SectionRow> rows) {
		return new TemplateForm(this.code, this.name, this.description, this.levels, this.kinds, rows, this.version,
				this.rowVersion, null);
	}

	/**
	 * One row of the editor: depth 0 part, 1 section, 2 sub-section; indicator codes
	 * separated by commas, spaces or lines.
	 */
	record SectionRow(Integer depth, String label, String title, String guidance, Boolean narrative,
			String indicators) {

		static SectionRow blank() {
			return new SectionRow(1, "", "", "", false, "");
		}

		public boolean isBlank() {
			return empty(this.label) && empty(this.title) && empty(this.guidance) && empty(this.indicators);
		}

		public List<String> codes() {
			if (empty(this.indicators)) {
				return List.of();
			}
			return List.of(this.indicators.strip().split("[\\s,;]+"));
		}

		private static boolean empty(String text) {
			return text == null || text.isBlank();
		}

	}

}
