package vn.danvan.shared.figures;

import java.util.Map;

/**
 * A filter of a measure ({@code field}) with its allowed values by code and their names
 * (empty: any value).
 */
public record MeasureFilter(String name, String labelKey, Map<String, String> values) {

	public MeasureFilter {
		values = Map.copyOf(values);
	}

}
