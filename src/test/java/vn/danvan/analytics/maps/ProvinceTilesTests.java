package vn.danvan.analytics.maps;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.danvan.units.RealAdministrativeUnits;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tile layout against the official list of today's provinces in the reference data
 * shipped with Danvan ({@code reference-data/admin-units}).
 */
class ProvinceTilesTests {

	@Test
	void everyProvinceOfTodayHasExactlyOneTileAndNoOtherTileExists() throws IOException {
		Map<String, String> official = officialProvinces();
		assertThat(official).hasSize(34);
		assertThat(ProvinceTiles.all()).extracting(ProvinceTiles.Tile::code)
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(official.keySet());
		assertThat(ProvinceTiles.all())
			.allSatisfy((tile) -> assertThat(tile.name()).as(tile.code()).isEqualTo(official.get(tile.code())));
	}

	@Test
	void noTwoProvincesShareASquareAndAllLieOnTheGrid() {
		Set<String> squares = new HashSet<>();
		for (ProvinceTiles.Tile tile : ProvinceTiles.all()) {
			assertThat(squares.add(tile.row() + "," + tile.column())).as(tile.name()).isTrue();
			assertThat(tile.row()).isBetween(0, ProvinceTiles.rows() - 1);
			assertThat(tile.column()).isBetween(0, ProvinceTiles.columns() - 1);
			assertThat(tile.label()).isNotBlank().hasSizeLessThanOrEqualTo(12);
		}
		assertThat(ProvinceTiles.rows()).isEqualTo(13);
		assertThat(ProvinceTiles.columns()).isEqualTo(5);
	}

	@Test
	void northIsAboveSouthAndWestIsLeftOfEast() {
		assertThat(tile("12").row()).as("Lai Châu above Hà Nội").isLessThan(tile("01").row());
		assertThat(tile("01").row()).as("Hà Nội above Huế").isLessThan(tile("46").row());
		assertThat(tile("46").row()).as("Huế above Hồ Chí Minh").isLessThan(tile("79").row());
		assertThat(tile("79").row()).as("Hồ Chí Minh above Cà Mau").isLessThan(tile("96").row());
		assertThat(tile("11").column()).as("Điện Biên west of Cao Bằng").isLessThan(tile("04").column());
		assertThat(tile("91").column()).as("An Giang west of Khánh Hoà").isLessThan(tile("56").column());
		assertThat(ProvinceTiles.find("99")).isEmpty();
	}

	private static ProvinceTiles.Tile tile(String code) {
		return ProvinceTiles.find(code).orElseThrow();
	}

	private static Map<String, String> officialProvinces() throws IOException {
		try (InputStream in = RealAdministrativeUnits.open("units-34-provinces-2026.json")) {
			List<JsonNode> provinces = JsonMapper.shared().readTree(in).valueStream().toList();
			return provinces.stream()
				.collect(Collectors.toMap((p) -> p.get("Code").asString(), (p) -> p.get("Name").asString(), (a, b) -> a,
						LinkedHashMap::new));
		}
	}

}
