package vn.danvan.analytics.maps;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.NewUser;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.shared.security.Role;
import vn.danvan.units.tree.NewUnit;
import vn.danvan.units.imports.OfficialUnitLists;
import vn.danvan.units.RealAdministrativeUnits;
import vn.danvan.units.tree.UnitAdministration;
import vn.danvan.units.imports.UnitImports;
import vn.danvan.units.UnitKind;
import vn.danvan.units.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Upload, match, refusal and removal of the boundary map, on the real tree of today's 34
 * provinces and the real boundary file shipped with Danvan as its reference data
 * ({@code reference-data/admin-units}).
 */
@DanvanIntegrationTest
class BoundaryMapsTests {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Autowired
	BoundaryMaps maps;

	@Autowired
	UnitImports imports;

	@Autowired
	Units units;

	@Autowired
	UnitAdministration administration;

	@Autowired
	Accounts accounts;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	SignedInUser administrator;

	@BeforeEach
	void setUp() throws IOException {
		RealAdministrativeUnits.importOnce(this.imports);
		this.administrator = this.accounts
			.principal(RealAdministrativeUnits.centreAdministrator(this.accounts, this.units))
			.orElseThrow();
		this.maps.remove(this.administrator, "127.0.0.1");
	}

	static byte[] officialFile() throws IOException {
		try (InputStream in = RealAdministrativeUnits.open(OfficialUnitLists.BOUNDARIES)) {
			return in.readAllBytes();
		}
	}

	@Test
	void theOfficialFileMatchesEveryProvinceAndIsStoredKeyedByCode() throws IOException {
		String other = "B" + UUID.randomUUID().toString().substring(0, 8);
		long otherRoot = this.administration.create(
				new NewUnit(other, "Trung ương " + other, null, UnitKind.CENTRE, null, LocalDate.of(2020, 1, 1)),
				"test");
		this.administration.create(new NewUnit(other + "P", "Tỉnh Khác " + other, null, UnitKind.PROVINCE, otherRoot,
				LocalDate.of(2020, 1, 1)), "test");

		BoundaryMap map = this.maps.upload(this.administrator, "vn-34-provinces.min.geojson", officialFile(),
				"10.0.0.1");

		assertThat(map.features()).isEqualTo(34);
		assertThat(map.matched()).isEqualTo(34);
		assertThat(map.warnings()).as("other trees of the test database (no feature matched them) are not reported")
			.isEmpty();
		Set<String> official = ProvinceTiles.all().stream().map(ProvinceTiles.Tile::code).collect(Collectors.toSet());
		assertThat(this.maps.current()).contains(map);
		assertThat(this.maps.available()).isTrue();
		assertThat(rows()).isEqualTo(1);

		BoundaryMaps.GeoJson stored = this.maps.geoJson().orElseThrow();
		assertThat(stored.etag()).isEqualTo(map.etag());
		JsonNode collection = JsonMapper.shared().readTree(stored.content());
		assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
		List<JsonNode> features = collection.get("features").valueStream().toList();
		assertThat(features).extracting((f) -> f.get("id").asString()).containsExactlyInAnyOrderElementsOf(official);
		assertThat(features).allSatisfy((f) -> {
			assertThat(f.get("properties").get("code").asString()).isEqualTo(f.get("id").asString());
			assertThat(f.get("geometry").get("type").asString()).isEqualTo("MultiPolygon");
		});
		JsonNode hanoi = features.stream().filter((f) -> f.get("id").asString().equals("01")).findFirst().orElseThrow();
		assertThat(hanoi.get("properties").get("name").asString()).isEqualTo("Hà Nội");
		try (InputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(stored.gzipped()))) {
			assertThat(unzipped.readAllBytes()).isEqualTo(stored.content());
		}

		assertThat(this.jdbc.sql("""
				select count(*) from accounts.audit_log
				where action = 'BOUNDARY_MAP_UPLOADED' and actor = ? and remote_ip = '10.0.0.1'
				""").param(this.administrator.getUsername()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void featuresAreMatchedByIdByCodePropertyOrByNameWithoutDiacritics() {
		String file = collection(feature("1", "{}", square(105.5, 21)), // numeric id 1 =
																		// 01 Hà Nội
				feature(null, "{\"code\": \"79\"}", square(106.7, 10.8)),
				feature(null, "{\"ten\": \"Thanh pho Da Nang\"}", square(108, 16)),
				feature(null, "{\"NAME\": \"HUE\"}", square(107.5, 16.4)),
				feature("\"xx\"", "{\"name\": \"Atlantis\"}", square(0, 0)),
				feature(null, "{\"name\": \"Hà Nội\"}", square(105.9, 21.1)));

		BoundaryMap map = this.maps.upload(this.administrator, "mot-phan.geojson",
				file.getBytes(StandardCharsets.UTF_8), "127.0.0.1");

		assertThat(map.features()).isEqualTo(6);
		assertThat(map.matched()).isEqualTo(4);
		assertThat(texts(map.warnings())).contains(
				"Đối tượng thứ 5 (Atlantis) không khớp với tỉnh, thành phố nào nên không được dùng.",
				"Đối tượng thứ 6 (Hà Nội) cũng thuộc Hà Nội (mã 01) như đối tượng thứ 1: đã gộp thành một vùng.",
				"Cà Mau (mã 96) không có ranh giới trong tệp: trên bản đồ ranh giới, tỉnh này để trống.");
		JsonNode stored = JsonMapper.shared().readTree(this.maps.geoJson().orElseThrow().content());
		assertThat(stored.get("features").valueStream().map((f) -> f.get("id").asString())).containsExactly("01", "79",
				"48", "46");
		assertThat(stored.get("features").get(0).get("geometry").get("coordinates").size()).as("merged polygons")
			.isEqualTo(2);
	}

	@Test
	void everyUnusableFileIsRefusedWithItsMessageAndNothingIsStored() {
		Map<String, String> refused = Map.ofEntries(Map.entry("", "Chưa chọn tệp, hoặc tệp rỗng."),
				Map.entry("xin chào", "Tệp \"x.geojson\" không phải JSON hợp lệ (lỗi ở dòng 1, cột "),
				Map.entry("{\"type\": \"FeatureCollection\",\n \"features\": [",
						"Tệp \"x.geojson\" không phải JSON hợp lệ (lỗi ở dòng 2"),
				Map.entry("[1, 2]", "không phải GeoJSON FeatureCollection"),
				Map.entry("{\"type\": \"Feature\", \"geometry\": null}", "không phải GeoJSON FeatureCollection"),
				Map.entry("{\"type\": \"FeatureCollection\"}", "không phải GeoJSON FeatureCollection"),
				Map.entry("{\"type\": \"FeatureCollection\", \"features\": {}}",
						"không phải GeoJSON FeatureCollection"),
				Map.entry(collection("42"), "Phần tử thứ 1 trong \"features\" không phải một Feature GeoJSON."),
				Map.entry(
						collection(feature("\"01\"", "{\"name\": \"Hà Nội\"}",
								"{\"type\": \"Point\", " + "\"coordinates\": [105.8, 21]}")),
						"Đối tượng thứ 1 (Hà Nội) không phải vùng: hình dạng \"Point\", cần Polygon hoặc MultiPolygon."),
				Map.entry(collection(feature("\"01\"", "{}", "null")), "không phải vùng: hình dạng \"—\""),
				Map.entry(collection(feature("\"01\"", "{}", polygon("[[\"105\", 21], [106, 21], [106, 22]]"))),
						"Tọa độ không hợp lệ ở đối tượng thứ 1 (01): giá trị \"105\" không phải số."),
				Map.entry(collection(feature("\"01\"", "{}", polygon("[[505, 21], [106, 21], [106, 22]]"))),
						"kinh độ 505 nằm ngoài khoảng -180 đến 180"),
				Map.entry(collection(feature("\"01\"", "{}", polygon("[[105, 95.5], [106, 21], [106, 22]]"))),
						"vĩ độ 95.5 nằm ngoài khoảng -90 đến 90"),
				Map.entry(
						collection(feature("\"01\"", "{}",
								polygon("[[580000.5, 2300000], [590000, 2300000], [590000, 2310000]]"))),
						"kinh độ 580000.5 nằm ngoài khoảng -180 đến 180. Tọa độ phải là kinh độ, vĩ độ tính bằng độ (WGS 84"),
				Map.entry(collection(feature("\"01\"", "{}", polygon("[[105, 21], [106, 21]]"))),
						"danh sách tọa độ không đúng cấu trúc vùng"),
				Map.entry(collection(feature("\"01\"", "{}", polygon("[[105], [106, 21], [106, 22]]"))),
						"danh sách tọa độ không đúng cấu trúc vùng"),
				Map.entry(collection(feature("\"XX\"", "{\"name\": \"Atlantis\"}", square(0, 0))),
						"Không đối tượng nào trong tệp \"x.geojson\" (1 đối tượng) khớp với tỉnh, thành phố hiện nay."),
				Map.entry(collection(), "(0 đối tượng) khớp với tỉnh, thành phố hiện nay."));
		long audited = uploadsAudited();

		refused.forEach((content,
				message) -> assertThatThrownBy(() -> this.maps.upload(this.administrator, "x.geojson",
						content.getBytes(StandardCharsets.UTF_8), "127.0.0.1"))
					.as(content)
					.isInstanceOfSatisfying(BoundaryMapRejectedException.class, (ex) -> {
						assertThat(ex.status()).isEqualTo(422);
						assertThat(text(ex)).as(content).contains(message);
					}));
		assertThat(rows()).isZero();
		assertThat(uploadsAudited()).isEqualTo(audited);
	}

	@Test
	void aFileThatIsNotUtf8IsRefused() {
		byte[] latin1 = collection(feature(null, "{\"name\": \"Hà Nội\"}", square(105.5, 21)))
			.getBytes(StandardCharsets.ISO_8859_1);
		byte[] utf16 = collection(feature("\"01\"", "{}", square(105.5, 21))).getBytes(StandardCharsets.UTF_16);

		int firstLatin1Byte = new String(latin1, StandardCharsets.ISO_8859_1).indexOf('à') + 1;

		assertThatThrownBy(() -> this.maps.upload(this.administrator, "latin1.geojson", latin1, "127.0.0.1"))
			.isInstanceOfSatisfying(BoundaryMapRejectedException.class,
					(ex) -> assertThat(text(ex)).startsWith("Tệp \"latin1.geojson\" không phải văn bản UTF-8 (byte "
							+ "không hợp lệ ở vị trí " + firstLatin1Byte + ")"));
		assertThatThrownBy(() -> this.maps.upload(this.administrator, "utf16.geojson", utf16, "127.0.0.1"))
			.isInstanceOfSatisfying(BoundaryMapRejectedException.class,
					(ex) -> assertThat(text(ex)).contains("không phải văn bản UTF-8"));
		assertThat(rows()).isZero();
	}

	@Test
	void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() {
		long limit = this.maps.maxFileSize();
		assertThat(limit).isEqualTo(20L * 1024 * 1024);
		InputStream neverRead = new InputStream() {
			@Override
			public int read() {
				throw new AssertionError("a file announced as too large is not read");
			}
		};
		assertThatThrownBy(() -> this.maps.upload(this.administrator, "lon.geojson", limit + 1, neverRead, "127.0.0.1"))
			.isInstanceOfSatisfying(BoundaryMapRejectedException.class, (ex) -> {
				assertThat(ex.status()).isEqualTo(413);
				assertThat(text(ex)).startsWith("Tệp \"lon.geojson\" quá lớn (20 MB): tối đa 20 MB.");
			});
		byte[] tooLarge = new byte[(int) limit + 1];
		assertThatThrownBy(() -> this.maps.upload(this.administrator, "lon.geojson", 100,
				new ByteArrayInputStream(tooLarge), "ip"))
			.isInstanceOfSatisfying(BoundaryMapRejectedException.class,
					(ex) -> assertThat(text(ex)).contains("quá lớn"));
		assertThat(rows()).isZero();
	}

	@Test
	void aRefusedFileLeavesTheActiveMapAsItWas() throws IOException {
		BoundaryMap active = this.maps.upload(this.administrator, "vn.geojson", officialFile(), "127.0.0.1");

		assertThatThrownBy(() -> this.maps.upload(this.administrator, "hong.geojson",
				"{\"type\": \"FeatureCollection\", \"features\": [".getBytes(StandardCharsets.UTF_8), "127.0.0.1"))
			.isInstanceOf(BoundaryMapRejectedException.class);

		assertThat(this.maps.current()).contains(active);
		assertThat(this.maps.geoJson().orElseThrow().etag()).isEqualTo(active.etag());
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void onlyAdministratorsUploadOrRemove() throws IOException {
		String officer = "can.bo." + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(
				new NewUser(officer, "Cán bộ", officer + "@danvan.vn", "Mat-khau-thu-nghiem-1",
						Set.of(Role.COMMISSION_OFFICER, Role.LEADER), RealAdministrativeUnits.centre(this.units)),
				"test");
		SignedInUser notAdministrator = this.accounts.principal(officer).orElseThrow();
		byte[] file = officialFile();

		assertThatThrownBy(() -> this.maps.upload(notAdministrator, "vn.geojson", file, "127.0.0.1"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(rows()).isZero();

		this.maps.upload(this.administrator, "vn.geojson", file, "127.0.0.1");
		assertThatThrownBy(() -> this.maps.remove(notAdministrator, "127.0.0.1"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void removingTheMapGoesBackToTilesAndIsAudited() throws IOException {
		this.maps.upload(this.administrator, "vn.geojson", officialFile(), "127.0.0.1");
		assertThat(this.maps.provinceMap("Bản đồ", "Chỉ tiêu", null, List.of()).boundaryAvailable()).isTrue();

		assertThat(this.maps.remove(this.administrator, "10.0.0.2")).isTrue();

		assertThat(this.maps.current()).isEmpty();
		assertThat(this.maps.geoJson()).isEmpty();
		assertThat(this.maps.provinceMap("Bản đồ", "Chỉ tiêu", null, List.of()).boundaryAvailable()).isFalse();
		assertThat(this.maps.remove(this.administrator, "10.0.0.2")).isFalse();
		assertThat(this.jdbc.sql("""
				select count(*) from accounts.audit_log
				where action = 'BOUNDARY_MAP_REMOVED' and actor = ? and remote_ip = '10.0.0.2'
				""").param(this.administrator.getUsername()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void valuesAreWrittenTheVietnameseWayAndTheLegendSpansThem() {
		ProvinceMap map = this.maps.provinceMap("Bản đồ", "Số mô hình", "mô hình",
				List.of(MapValue.of("01", "Hà Nội", new BigDecimal("1234.5"), "/analytics?unit=1"),
						MapValue.of("79", "Hồ Chí Minh", new BigDecimal("980")), MapValue.of("96", "Cà Mau", null)));

		assertThat(map.values()).extracting(MapValue::display).containsExactly("1.234,5", "980", null);
		assertThat(map.lowest()).map(MapValue::code).contains("79");
		assertThat(map.highest()).map(MapValue::code).contains("01");
		JsonNode data = JsonMapper.shared().readTree(map.data());
		assertThat(data.get("tiles").size()).isEqualTo(34);
		assertThat(data.get("rows").asInt()).isEqualTo(13);
		assertThat(data.get("values").get(0).get("value").decimalValue()).isEqualByComparingTo("1234.5");
		assertThat(data.get("values").get(2).get("value").isNull()).isTrue();
		assertThat(this.maps.preview("Xem trước", "Thứ tự mã").values()).hasSize(34)
			.first()
			.satisfies((first) -> assertThat(first.code()).isEqualTo("01"));
	}

	private long rows() {
		return this.jdbc.sql("select count(*) from analytics.boundary_map").query(Long.class).single();
	}

	private long uploadsAudited() {
		return this.jdbc
			.sql("select count(*) from accounts.audit_log where action = 'BOUNDARY_MAP_UPLOADED' and actor = ?")
			.param(this.administrator.getUsername())
			.query(Long.class)
			.single();
	}

	private String text(BoundaryMapRejectedException ex) {
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), VIETNAMESE);
	}

	private List<String> texts(List<BoundaryMap.Warning> warnings) {
		return warnings.stream()
			.map((w) -> this.messages.getMessage(w.messageKey(), w.argumentArray(), VIETNAMESE))
			.toList();
	}

	static String collection(String... features) {
		return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",\n", features) + "]}";
	}

	static String feature(String id, String properties, String geometry) {
		return "{\"type\": \"Feature\"" + ((id != null) ? ", \"id\": " + id : "") + ", \"properties\": " + properties
				+ ", \"geometry\": " + geometry + "}";
	}

	static String polygon(String ring) {
		return "{\"type\": \"Polygon\", \"coordinates\": [" + ring + "]}";
	}

	static String square(double longitude, double latitude) {
		return polygon("[[%s, %s], [%s, %s], [%s, %s], [%s, %s]]".formatted(longitude, latitude, longitude + 0.1,
				latitude, longitude + 0.1, latitude + 0.1, longitude, latitude));
	}

}
