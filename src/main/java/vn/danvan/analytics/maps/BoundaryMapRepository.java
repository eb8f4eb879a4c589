package vn.danvan.analytics.maps;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one active boundary map, with its normalised GeoJSON.
 */
@Repository
class BoundaryMapRepository {

	private static final TypeReference<List<BoundaryMap.Warning>> WARNINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	BoundaryMapRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Replaces the active map, if any.
	 */
	void save(BoundaryMap map, byte[] geoJson) {
		this.jdbc
			.sql("""
					insert into analytics.boundary_map
					    (id, file_name, file_size, uploaded_by, uploaded_at, features, matched, warnings, etag, geojson)
					values (1, :fileName, :fileSize, :uploadedBy, :uploadedAt, :features, :matched, cast(:warnings as jsonb),
					        :etag, :geojson)
					on conflict (id) do update set
					    file_name = excluded.file_name, file_size = excluded.file_size, uploaded_by = excluded.uploaded_by,
					    uploaded_at = excluded.uploaded_at, features = excluded.features, matched = excluded.matched,
					    warnings = excluded.warnings, etag = excluded.etag, geojson = excluded.geojson
					""")
			.param("fileName", map.fileName())
			.param("fileSize", map.fileSize())
			.param("uploadedBy", map.uploadedBy())
			.param("uploadedAt", Timestamp.from(map.uploadedAt()))
			.param("features", map.features())
			.param("matched", map.matched())
			.param("warnings", this.json.writeValueAsString(map.warnings()))
			.param("etag", map.etag())
			.param("geojson", geoJson)
			.update();
	}

	Optional<BoundaryMap> find() {
		return this.jdbc.sql("""
				select file_name, file_size, uploaded_by, uploaded_at, features, matched, warnings, etag
				from analytics.boundary_map
				""")
			.query((rs, n) -> new BoundaryMap(rs.getString(1), rs.getLong(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getInt(5), rs.getInt(6),
					this.json.readValue(rs.getString(7), WARNINGS), rs.getString(8)))
			.optional();
	}

	Optional<String> etag() {
		return this.jdbc.sql("select etag from analytics.boundary_map").query(String.class).optional();
	}

	/**
	 * The stored GeoJSON if it is still the given version.
	 */
	Optional<byte[]> geoJson(String etag) {
		return this.jdbc.sql("select geojson from analytics.boundary_map where etag = ?")
			.param(etag)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	boolean delete() {
		return this.jdbc.sql("delete from analytics.boundary_map").update() > 0;
	}

}
