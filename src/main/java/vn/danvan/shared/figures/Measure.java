package vn.danvan.shared.figures;

import java.util.List;

/**
 * A published measure: its name ({@code practices.registered}), the message keys of its
 * label and of the noun that counts it ("mô hình"), and the filters it accepts.
 */
public record Measure(String name, String labelKey, String nounKey, List<MeasureFilter> filters) {

	public Measure {
		filters = List.copyOf(filters);
	}

	public boolean accepts(String filter, String value) {
		return this.filters.stream()
			.anyMatch((f) -> f.name().equals(filter) && (f.values().isEmpty() || f.values().containsKey(value)));
	}

}
