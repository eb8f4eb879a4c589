package vn.danvan.analytics.maps;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tile map of today's 34 provinces (after 01/7/2025): one square each on a grid of 5
 * columns and 13 rows, north at the top, placed roughly where the province lies. Keyed by
 * the official province code. Laid out by hand for Danvan; it needs no boundary file.
 */
public final class ProvinceTiles {

	private static final List<Tile> TILES = List.of(
			// The north: the north-west mountains, the north-east, the Red River delta.
			new Tile("12", "Lai Châu", "Lai Châu", 0, 1), new Tile("15", "Lào Cai", "Lào Cai", 0, 2),
			new Tile("08", "Tuyên Quang", "Tuyên Quang", 0, 3), new Tile("04", "Cao Bằng", "Cao Bằng", 0, 4),
			new Tile("11", "Điện Biên", "Điện Biên", 1, 0), new Tile("14", "Sơn La", "Sơn La", 1, 1),
			new Tile("25", "Phú Thọ", "Phú Thọ", 1, 2), new Tile("19", "Thái Nguyên", "Thái Nguyên", 1, 3),
			new Tile("20", "Lạng Sơn", "Lạng Sơn", 1, 4), new Tile("01", "Hà Nội", "Hà Nội", 2, 2),
			new Tile("24", "Bắc Ninh", "Bắc Ninh", 2, 3), new Tile("22", "Quảng Ninh", "Quảng Ninh", 2, 4),
			new Tile("38", "Thanh Hoá", "Thanh Hoá", 3, 1), new Tile("37", "Ninh Bình", "Ninh Bình", 3, 2),
			new Tile("33", "Hưng Yên", "Hưng Yên", 3, 3), new Tile("31", "Hải Phòng", "Hải Phòng", 3, 4),
			// The centre: the coast runs south-east in steps, then the highlands straight
			// south.
			new Tile("40", "Nghệ An", "Nghệ An", 4, 1), new Tile("42", "Hà Tĩnh", "Hà Tĩnh", 4, 2),
			new Tile("44", "Quảng Trị", "Quảng Trị", 5, 2), new Tile("46", "Huế", "Huế", 5, 3),
			new Tile("48", "Đà Nẵng", "Đà Nẵng", 6, 3), new Tile("51", "Quảng Ngãi", "Quảng Ngãi", 6, 4),
			new Tile("52", "Gia Lai", "Gia Lai", 7, 4), new Tile("66", "Đắk Lắk", "Đắk Lắk", 8, 4),
			// The south: the south-east beside the southern highlands, the Mekong delta
			// below, turning
			// west.
			new Tile("80", "Tây Ninh", "Tây Ninh", 9, 1), new Tile("75", "Đồng Nai", "Đồng Nai", 9, 2),
			new Tile("68", "Lâm Đồng", "Lâm Đồng", 9, 3), new Tile("56", "Khánh Hoà", "Khánh Hoà", 9, 4),
			new Tile("91", "An Giang", "An Giang", 10, 0), new Tile("82", "Đồng Tháp", "Đồng Tháp", 10, 1),
			new Tile("79", "Hồ Chí Minh", "TP.HCM", 10, 2), new Tile("92", "Cần Thơ", "Cần Thơ", 11, 1),
			new Tile("86", "Vĩnh Long", "Vĩnh Long", 11, 2), new Tile("96", "Cà Mau", "Cà Mau", 12, 1));

	private static final Map<String, Tile> BY_CODE = TILES.stream()
		.collect(Collectors.toUnmodifiableMap(Tile::code, Function.identity()));

	private ProvinceTiles() {
	}

	/**
	 * Every tile, from north to south.
	 */
	public static List<Tile> all() {
		return TILES;
	}

	public static Optional<Tile> find(String code) {
		return Optional.ofNullable(BY_CODE.get(code));
	}

	public static int rows() {
		return TILES.stream().mapToInt(Tile::row).max().orElse(-1) + 1;
	}

	public static int columns() {
		return TILES.stream().mapToInt(Tile::column).max().orElse(-1) + 1;
	}

	/**
	 * One province's square.
	 *
	 * @param code the official province code ({@code 01} Hà Nội)
	 * @param name the province's name as in the official list
	 * @param label the short text written on the square
	 * @param row from 0 at the top (north)
	 * @param column from 0 at the left (west)
	 */
	public record Tile(String code, String name, String label, int row, int column) {
	}

}
