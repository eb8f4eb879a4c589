package vn.danvan.analytics.maps;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.text.VietnameseNumbers;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

/**
 * The boundary map of the provinces: an administrator uploads a GeoJSON file, which is
 * checked, matched to today's provinces and stored as the one active map, or removes it
 * (the dashboards then show the tile map only). Signed-in users read the stored GeoJSON.
 */
@Service
public class BoundaryMaps {

	public static final String UPLOADED = "BOUNDARY_MAP_UPLOADED";

	public static final String REMOVED = "BOUNDARY_MAP_REMOVED";

	private static final long MEGABYTE = 1024 * 1024;

	private final BoundaryMapRepository repository;

	private final Units units;

	private final ApplicationEventPublisher events;

	private final BoundaryMapProperties properties;

	private final JsonMapper json;

	private volatile GeoJson cached;

	private final UnitScope scope;

	BoundaryMaps(BoundaryMapRepository repository, Units units, ApplicationEventPublisher events,
			BoundaryMapProperties properties, JsonMapper json, UnitScope scope) {
		this.scope = scope;
		this.repository = repository;
		this.units = units;
		this.events = events;
		this.properties = properties;
		this.json = json;
	}

	/**
	 * The largest file accepted, in bytes.
	 */
	public long maxFileSize() {
		return this.properties.maxGeojsonSize().toBytes();
	}

	/**
	 * The largest file accepted, in whole megabytes, for the form's hint.
	 */
	public long maxFileMegabytes() {
		return this.properties.maxGeojsonSize().toMegabytes();
	}

	/**
	 * Checks the file and makes it the active boundary map.
	 * @param size the size the file announces; a larger file is refused before it is read
	 * @return the stored map, with the warnings of the match
	 * @throws AccessDeniedException when the user is not an administrator
	 * @throws BoundaryMapRejectedException when the file cannot be used; nothing changed
	 */
	@Transactional
	public BoundaryMap upload(ScopedUser user, String fileName, long size, InputStream content, String remoteIp) {
		requireAdministrator(user);
		String name = (fileName == null || fileName.isBlank()) ? "—" : fileName.strip();
		if (content == null || size == 0) {
			throw BoundaryMapRejectedException.invalid("analytics.map.error.empty");
		}
		if (size > maxFileSize()) {
			throw tooLarge(name, size);
		}
		byte[] bytes = read(name, content);
		if (bytes.length == 0) {
			throw BoundaryMapRejectedException.invalid("analytics.map.error.empty");
		}
		BoundaryFile.Normalised normalised = BoundaryFile.normalise(this.json, name, bytes, provinces());
		BoundaryMap map = new BoundaryMap(name, bytes.length, user.getUsername(),
				Instant.now().truncatedTo(ChronoUnit.MICROS), normalised.features(), normalised.matched(),
				normalised.warnings(), etag(normalised.geoJson()));
		this.repository.save(map, normalised.geoJson());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("fileName", name);
		details.put("fileSize", bytes.length);
		details.put("features", normalised.features());
		details.put("matched", normalised.matched());
		details.put("warnings", normalised.warnings().size());
		this.events.publishEvent(new BoundaryMapUploaded(user.getUsername(), remoteIp, details));
		return map;
	}

	/**
	 * {@link #upload(ScopedUser, String, long, InputStream, String)} of a file in memory.
	 */
	@Transactional
	public BoundaryMap upload(ScopedUser user, String fileName, byte[] content, String remoteIp) {
		return upload(user, fileName, (content != null) ? content.length : 0,
				(content != null) ? new ByteArrayInputStream(content) : null, remoteIp);
	}

	/**
	 * Removes the active boundary map; the tile map remains.
	 * @return false when there was none
	 * @throws AccessDeniedException when the user is not an administrator
	 */
	@Transactional
	public boolean remove(ScopedUser user, String remoteIp) {
		requireAdministrator(user);
		Optional<BoundaryMap> current = this.repository.find();
		if (current.isEmpty()) {
			return false;
		}
		this.repository.delete();
		this.events.publishEvent(
				new BoundaryMapRemoved(user.getUsername(), remoteIp, Map.of("fileName", current.get().fileName())));
		return true;
	}

	@Transactional(readOnly = true)
	public Optional<BoundaryMap> current() {
		return this.repository.find();
	}

	/**
	 * True when an administrator uploaded a boundary map.
	 */
	@Transactional(readOnly = true)
	public boolean available() {
		return this.repository.etag().isPresent();
	}

	/**
	 * The stored GeoJSON (one feature per province, {@code id} = province code), kept in
	 * memory while it is the stored version.
	 */
	@Transactional(readOnly = true)
	public Optional<GeoJson> geoJson() {
		Optional<String> etag = this.repository.etag();
		if (etag.isEmpty()) {
			return Optional.empty();
		}
		GeoJson known = this.cached;
		if (known != null && known.etag().equals(etag.get())) {
			return Optional.of(known);
		}
		Optional<GeoJson> loaded = this.repository.geoJson(etag.get())
			.map((content) -> new GeoJson(etag.get(), content, gzip(content)));
		loaded.ifPresent((geoJson) -> this.cached = geoJson);
		return loaded;
	}

	/**
	 * The map the fragment {@code analytics/map :: provinceMap(map)} draws, offering the
	 * boundary map when one was uploaded.
	 * @param values one per province (build them with {@link MapValue#of}), in the order
	 * the table lists them
	 */
	public ProvinceMap provinceMap(String title, String indicatorName, String unitOfMeasure, List<MapValue> values) {
		return new ProvinceMap(title, indicatorName, unitOfMeasure, values, available());
	}

	/**
	 * A map of every province coloured by its place in the order of official codes (1 to
	 * 34): no figures, only to see the tiles and the boundaries.
	 */
	public ProvinceMap preview(String title, String indicatorName) {
		List<MapValue> values = new ArrayList<>();
		List<ProvinceTiles.Tile> tiles = ProvinceTiles.all()
			.stream()
			.sorted(Comparator.comparing(ProvinceTiles.Tile::code))
			.toList();
		for (int i = 0; i < tiles.size(); i++) {
			values.add(MapValue.of(tiles.get(i).code(), tiles.get(i).name(), BigDecimal.valueOf(i + 1L)));
		}
		return provinceMap(title, indicatorName, null, values);
	}

	private List<BoundaryFile.Province> provinces() {
		LocalDate today = UnitScope.today();
		Map<String, BoundaryFile.Province> byCode = new LinkedHashMap<>();
		for (Unit root : this.units.roots(today)) {
			for (Unit child : this.units.children(root.id(), today)) {
				if (child.level() == UnitLevel.PROVINCE && child.kind().administrative() && child.code() != null) {
					List<String> names = (child.fullName() != null) ? List.of(child.name(), child.fullName())
							: List.of(child.name());
					byCode.putIfAbsent(child.code(),
							new BoundaryFile.Province(child.code(), child.name(), names, root.id()));
				}
			}
		}
		if (byCode.isEmpty()) {
			for (ProvinceTiles.Tile tile : ProvinceTiles.all()) {
				byCode.put(tile.code(), new BoundaryFile.Province(tile.code(), tile.name(), List.of(tile.name()), 0));
			}
		}
		return List.copyOf(byCode.values());
	}

	private byte[] read(String name, InputStream content) {
		try (InputStream in = content) {
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileSize() + 1));
			if (bytes.length > maxFileSize()) {
				throw tooLarge(name, bytes.length);
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private BoundaryMapRejectedException tooLarge(String name, long size) {
		return new BoundaryMapRejectedException(413, "analytics.map.error.tooLarge", name,
				VietnameseNumbers
					.format(BigDecimal.valueOf(size).divide(BigDecimal.valueOf(MEGABYTE), 1, RoundingMode.HALF_UP)),
				maxFileMegabytes());
	}

	/**
	 * The boundary map is a national setting: only an administrator of the whole system
	 * or of the centre replaces or removes it.
	 */
	public boolean mayChange(ScopedUser user) {
		return user != null && this.scope.nationalAdministrator(user);
	}

	private void requireAdministrator(ScopedUser user) {
		if (!mayChange(user)) {
			throw new AccessDeniedException("Only the centre's administrators manage the boundary map");
		}
	}

	private static String etag(byte[] content) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] gzip(byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 4);
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * The stored GeoJSON in UTF-8 and gzip-compressed, with its version.
	 */
	public record GeoJson(String etag, byte[] content, byte[] gzipped) {
	}

}
