package vn.danvan.reporting.computed;

import java.time.Instant;
import java.util.Map;

/**
 * An indicator (or one breakdown item of it, {@code itemCode} empty otherwise) computed
 * from a published measure with its filters.
 */
public record ComputedBinding(String indicatorCode, String itemCode, String measure, Map<String, String> filters,
		String setBy, Instant setAt) {

	public ComputedBinding {
		itemCode = (itemCode != null) ? itemCode : "";
		filters = Map.copyOf(filters);
	}

	/**
	 * The key of the report cell it fills ({@code MH_DANG_KY.KINH_TE}).
	 */
	public String cellKey() {
		return this.itemCode.isEmpty() ? this.indicatorCode : this.indicatorCode + "." + this.itemCode;
	}

}
