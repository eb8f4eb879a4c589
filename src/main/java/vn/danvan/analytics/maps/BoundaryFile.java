package vn.danvan.analytics.maps;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Reads an uploaded GeoJSON file of province boundaries: checks it (UTF-8, JSON, a
 * FeatureCollection of Polygons and MultiPolygons with longitude and latitude in
 * degrees), matches each feature to a province by code ({@code id} or a code property)
 * or, failing that, by name without diacritics, and writes a normalised FeatureCollection
 * with one feature per province whose {@code id} is the province code. The file is read
 * feature by feature, so memory holds the file, the output and one feature at a time.
 */
final class BoundaryFile {

	/** Properties that may hold the province code, compared without case, "_" or "-". */
	private static final List<String> CODE_PROPERTIES = List.of("code", "ma", "matinh", "provincecode", "provinceid",
			"madvhc", "id");

	/** Properties that may hold the province name, compared the same way. */
	private static final List<String> NAME_PROPERTIES = List.of("name", "ten", "tentinh", "provincename", "province",
			"fullname", "namevi", "name1", "nameen");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private static final Pattern PREFIX = Pattern.compile("^(thanh pho|tinh|tp\\.?)\\s*");

	private static final Pattern SUFFIX = Pattern.compile("\\s+(city|province)$");

	/** Warnings kept at most; the rest are counted in one last line. */
	static final int MAX_WARNINGS = 200;

	private final JsonMapper json;

	private final String fileName;

	private final Map<String, Province> byCode = new LinkedHashMap<>();

	private final Map<String, Province> byName = new HashMap<>();

	private final Map<String, List<String>> polygons = new LinkedHashMap<>();

	private final Map<String, Integer> firstFeature = new HashMap<>();

	private final List<BoundaryMap.Warning> warnings = new ArrayList<>();

	private int moreWarnings;

	private int features;

	private BoundaryFile(JsonMapper json, String fileName, Collection<Province> provinces) {
		this.json = json;
		this.fileName = fileName;
		Set<String> ambiguous = new HashSet<>();
		for (Province province : provinces) {
			this.byCode.putIfAbsent(province.code(), province);
			for (String name : province.names()) {
				String key = nameKey(name);
				Province other = this.byName.putIfAbsent(key, province);
				if (other != null && !other.code().equals(province.code())) {
					ambiguous.add(key);
				}
			}
		}
		ambiguous.forEach(this.byName::remove);
	}

	/**
	 * @throws BoundaryMapRejectedException when the file cannot be used; nothing is kept
	 */
	static Normalised normalise(JsonMapper json, String fileName, byte[] content, Collection<Province> provinces) {
		requireUtf8(fileName, content);
		return new BoundaryFile(json, fileName, provinces).read(content);
	}

	/**
	 * The name without diacritics, case, "Tỉnh"/"Thành phố" in front or "City" behind,
	 * spaces and punctuation: "Thành phố Hồ Chí Minh", "Ho Chi Minh City" and "HO CHI
	 * MINH" give the same key.
	 */
	static String nameKey(String name) {
		String plain = MARKS.matcher(Normalizer.normalize(name.strip(), Normalizer.Form.NFD)).replaceAll("");
		plain = plain.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
		plain = SUFFIX.matcher(PREFIX.matcher(plain).replaceFirst("")).replaceFirst("");
		return NOT_ALPHANUMERIC.matcher(plain).replaceAll("");
	}

	private static void requireUtf8(String fileName, byte[] content) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(content);
		CharBuffer out = CharBuffer.allocate(8192);
		while (true) {
			CoderResult result = decoder.decode(in, out, true);
			if (result.isError()) {
				throw BoundaryMapRejectedException.invalid("analytics.map.error.notUtf8", fileName, in.position() + 1);
			}
			if (result.isUnderflow()) {
				break;
			}
			out.clear();
		}
		try {
			decoder.flush(out);
		}
		catch (RuntimeException ex) {
			throw BoundaryMapRejectedException.invalid("analytics.map.error.notUtf8", fileName, content.length);
		}
		if (content.length >= 2 && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
				|| (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE))) {
			throw BoundaryMapRejectedException.invalid("analytics.map.error.notUtf8", fileName, 1);
		}
	}

	private Normalised read(byte[] content) {
		String type = null;
		boolean sawFeatures = false;
		try (JsonParser parser = this.json.createParser(content)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw notFeatureCollection();
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String property = parser.currentName();
				JsonToken value = parser.nextToken();
				if ("type".equals(property)) {
					type = (value == JsonToken.VALUE_STRING) ? parser.getString() : "";
					if (!"FeatureCollection".equals(type)) {
						throw notFeatureCollection();
					}
				}
				else if ("features".equals(property)) {
					if (value != JsonToken.START_ARRAY) {
						throw notFeatureCollection();
					}
					sawFeatures = true;
					readFeatures(parser);
				}
				else {
					parser.skipChildren();
				}
			}
			if (parser.nextToken() != null) {
				throw notJson(parser.currentLocation());
			}
		}
		catch (JacksonException ex) {
			throw notJson(ex.getLocation());
		}
		if (!"FeatureCollection".equals(type) || !sawFeatures) {
			throw notFeatureCollection();
		}
		if (this.polygons.isEmpty()) {
			throw BoundaryMapRejectedException.invalid("analytics.map.error.noMatch", this.fileName, this.features);
		}
		Set<Long> matchedTrees = new HashSet<>();
		this.polygons.keySet().forEach((code) -> matchedTrees.add(this.byCode.get(code).root()));
		this.byCode.values()
			.stream()
			.filter((province) -> matchedTrees.contains(province.root()))
			.filter((province) -> !this.polygons.containsKey(province.code()))
			.sorted(Comparator.comparing(Province::code))
			.forEach((province) -> warn("analytics.map.warning.missingProvince", province.code(), province.name()));
		if (this.moreWarnings > 0) {
			this.warnings
				.add(new BoundaryMap.Warning("analytics.map.warning.more", List.of(String.valueOf(this.moreWarnings))));
		}
		return new Normalised(write(), this.features, this.polygons.size(), this.warnings);
	}

	private void readFeatures(JsonParser parser) {
		JsonToken token;
		while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
			this.features++;
			if (token != JsonToken.START_OBJECT) {
				parser.skipChildren();
				throw BoundaryMapRejectedException.invalid("analytics.map.error.notFeature", this.features);
			}
			JsonNode feature = parser.readValueAsTree();
			if (!"Feature".equals(feature.path("type").asString(""))) {
				throw BoundaryMapRejectedException.invalid("analytics.map.error.notFeature", this.features);
			}
			readFeature(this.features, feature);
		}
	}

	private void readFeature(int index, JsonNode feature) {
		String label = label(feature);
		JsonNode geometry = feature.path("geometry");
		String geometryType = geometry.path("type").asString("");
		List<JsonNode> parts = new ArrayList<>();
		if ("Polygon".equals(geometryType)) {
			parts.add(geometry.path("coordinates"));
		}
		else if ("MultiPolygon".equals(geometryType)) {
			JsonNode coordinates = geometry.path("coordinates");
			if (!coordinates.isArray() || coordinates.isEmpty()) {
				throw coordinates(index, label, "analytics.map.error.coordinates.shape");
			}
			coordinates.values().forEach(parts::add);
		}
		else {
			throw BoundaryMapRejectedException.invalid("analytics.map.error.geometry", index, label,
					geometryType.isEmpty() ? "—" : geometryType);
		}
		for (JsonNode polygon : parts) {
			checkPolygon(index, label, polygon);
		}
		Province province = match(feature);
		if (province == null) {
			warn("analytics.map.warning.unmatchedFeature", String.valueOf(index), label);
			return;
		}
		List<String> own = this.polygons.computeIfAbsent(province.code(), (code) -> new ArrayList<>());
		if (!own.isEmpty()) {
			warn("analytics.map.warning.merged", String.valueOf(index), label, province.name(), province.code(),
					String.valueOf(this.firstFeature.get(province.code())));
		}
		else {
			this.firstFeature.put(province.code(), index);
		}
		for (JsonNode polygon : parts) {
			own.add(this.json.writeValueAsString(polygon));
		}
	}

	private void checkPolygon(int index, String label, JsonNode polygon) {
		if (!polygon.isArray() || polygon.isEmpty()) {
			throw coordinates(index, label, "analytics.map.error.coordinates.shape");
		}
		for (JsonNode ring : polygon) {
			if (!ring.isArray() || ring.size() < 3) {
				throw coordinates(index, label, "analytics.map.error.coordinates.shape");
			}
			for (JsonNode position : ring) {
				if (!position.isArray() || position.size() < 2) {
					throw coordinates(index, label, "analytics.map.error.coordinates.shape");
				}
				for (JsonNode number : position) {
					if (!number.isNumber()) {
						throw coordinates(index, label, "analytics.map.error.coordinates.notNumber",
								shorten(number.toString()));
					}
				}
				double longitude = position.get(0).doubleValue();
				double latitude = position.get(1).doubleValue();
				if (!(longitude >= -180 && longitude <= 180)) {
					throw coordinates(index, label, "analytics.map.error.coordinates.longitude",
							position.get(0).toString());
				}
				if (!(latitude >= -90 && latitude <= 90)) {
					throw coordinates(index, label, "analytics.map.error.coordinates.latitude",
							position.get(1).toString());
				}
			}
		}
	}

	private Province match(JsonNode feature) {
		Province byId = byCode(feature.get("id"));
		if (byId != null) {
			return byId;
		}
		Map<String, JsonNode> properties = properties(feature);
		for (String key : CODE_PROPERTIES) {
			Province province = byCode(properties.get(key));
			if (province != null) {
				return province;
			}
		}
		for (String key : NAME_PROPERTIES) {
			JsonNode name = properties.get(key);
			if (name != null && name.isString()) {
				Province province = this.byName.get(nameKey(name.stringValue()));
				if (province != null) {
					return province;
				}
			}
		}
		return null;
	}

	private Province byCode(JsonNode code) {
		if (code == null || !(code.isString() || code.isIntegralNumber())) {
			return null;
		}
		String text = code.asString().strip();
		if (text.length() == 1 && Character.isDigit(text.charAt(0))) {
			text = "0" + text;
		}
		return this.byCode.get(text);
	}

	private static Map<String, JsonNode> properties(JsonNode feature) {
		Map<String, JsonNode> properties = new HashMap<>();
		JsonNode object = feature.path("properties");
		if (object.isObject()) {
			for (Map.Entry<String, JsonNode> entry : object.properties()) {
				properties.putIfAbsent(entry.getKey().toLowerCase(Locale.ROOT).replace("_", "").replace("-", ""),
						entry.getValue());
			}
		}
		return properties;
	}

	/**
	 * How the administrator recognises a feature: its name, else its id or code.
	 */
	private static String label(JsonNode feature) {
		Map<String, JsonNode> properties = properties(feature);
		for (String key : NAME_PROPERTIES) {
			JsonNode name = properties.get(key);
			if (name != null && name.isString() && !name.stringValue().isBlank()) {
				return shorten(name.stringValue().strip());
			}
		}
		JsonNode id = feature.get("id");
		if (id != null && (id.isString() || id.isNumber())) {
			return shorten(id.asString());
		}
		for (String key : CODE_PROPERTIES) {
			JsonNode code = properties.get(key);
			if (code != null && (code.isString() || code.isNumber())) {
				return shorten(code.asString());
			}
		}
		return "—";
	}

	private static String shorten(String text) {
		return (text.length() > 60) ? text.substring(0, 57) + "…" : text;
	}

	private void warn(String messageKey, String... arguments) {
		if (this.warnings.size() < MAX_WARNINGS) {
			this.warnings.add(new BoundaryMap.Warning(messageKey, List.of(arguments)));
		}
		else {
			this.moreWarnings++;
		}
	}

	private byte[] write() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		StringBuilder text = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
		boolean first = true;
		for (Map.Entry<String, List<String>> entry : this.polygons.entrySet()) {
			Province province = this.byCode.get(entry.getKey());
			text.append(first ? "" : ",");
			first = false;
			String code = this.json.writeValueAsString(province.code());
			text.append("{\"type\":\"Feature\",\"id\":")
				.append(code)
				.append(",\"properties\":{\"code\":")
				.append(code)
				.append(",\"name\":")
				.append(this.json.writeValueAsString(province.name()))
				.append("},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[");
			text.append(String.join(",", entry.getValue()));
			text.append("]}}");
			out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
			text.setLength(0);
		}
		text.append("]}");
		out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private BoundaryMapRejectedException notFeatureCollection() {
		return BoundaryMapRejectedException.invalid("analytics.map.error.notFeatureCollection", this.fileName);
	}

	private BoundaryMapRejectedException notJson(TokenStreamLocation location) {
		int line = (location != null) ? location.getLineNr() : -1;
		int column = (location != null) ? location.getColumnNr() : -1;
		return BoundaryMapRejectedException.invalid("analytics.map.error.notJson", this.fileName, Math.max(line, 1),
				Math.max(column, 1));
	}

	private static BoundaryMapRejectedException coordinates(int index, String label, String detailKey,
			Object... detailArguments) {
		return BoundaryMapRejectedException.invalid("analytics.map.error.coordinates", index, label,
				new DefaultMessageSourceResolvable(new String[] { detailKey }, detailArguments));
	}

	/**
	 * A province of today's tree that features are matched to.
	 *
	 * @param names its names as they may appear in a file (short and full)
	 * @param root the root of its tree: a province without a feature is reported only
	 * when some province of the same tree matched (a second tree, of tests or of another
	 * organisation, is not expected in the file)
	 */
	record Province(String code, String name, List<String> names, long root) {
	}

	/**
	 * The normalised GeoJSON and what the match found.
	 */
	record Normalised(byte[] geoJson, int features, int matched, List<BoundaryMap.Warning> warnings) {
	}

}
