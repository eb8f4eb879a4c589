package vn.danvan.analytics.maps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the fragment {@code analytics/map :: provinceMap(map)} draws: the provinces
 * coloured by one indicator, on the tile map and, when an administrator uploaded one, on
 * the boundary map; always with a table of the same values. Build it with
 * {@link BoundaryMaps#provinceMap}, which knows whether a boundary map exists.
 *
 * @param title the heading above the map
 * @param indicatorName the indicator the colours stand for
 * @param unitOfMeasure the unit of the values ({@code mô hình}, {@code %}), or
 * {@code null}
 * @param values one per province, in the order the table lists them
 * @param boundaryAvailable whether the switch to the boundary map is offered
 */
public record ProvinceMap(String title, String indicatorName, String unitOfMeasure, List<MapValue> values,
		boolean boundaryAvailable) {

	public ProvinceMap {
		values = List.copyOf(values);
	}

	/**
	 * The smallest value, for the legend.
	 */
	public Optional<MapValue> lowest() {
		return known().min(Comparator.comparing(MapValue::value));
	}

	/**
	 * The largest value, for the legend.
	 */
	public Optional<MapValue> highest() {
		return known().max(Comparator.comparing(MapValue::value));
	}

	/**
	 * True when some province has a value.
	 */
	public boolean hasValues() {
		return known().findAny().isPresent();
	}

	/**
	 * The tiles and values as JSON, for {@code js/analytics-map.js}.
	 */
	public String data() {
		List<Map<String, Object>> tiles = new ArrayList<>();
		for (ProvinceTiles.Tile tile : ProvinceTiles.all()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("code", tile.code());
			json.put("name", tile.name());
			json.put("label", tile.label());
			json.put("row", tile.row());
			json.put("column", tile.column());
			tiles.add(json);
		}
		List<Map<String, Object>> values = new ArrayList<>();
		for (MapValue value : this.values) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("code", value.code());
			json.put("name", value.name());
			json.put("value", value.value());
			json.put("display", value.display());
			json.put("url", value.url());
			values.add(json);
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("indicator", this.indicatorName);
		data.put("unit", this.unitOfMeasure);
		data.put("rows", ProvinceTiles.rows());
		data.put("columns", ProvinceTiles.columns());
		data.put("tiles", tiles);
		data.put("values", values);
		return JsonMapper.shared().writeValueAsString(data);
	}

	private Stream<MapValue> known() {
		return this.values.stream().filter((value) -> value.value() != null);
	}

}
