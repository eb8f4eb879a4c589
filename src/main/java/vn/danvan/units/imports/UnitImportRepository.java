package vn.danvan.units.imports;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.danvan.units.SuccessionKind;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitKind;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.rows.UnitRows;

/**
 * Bulk writes for imports: ids are reserved up front, then units, versions and
 * successions are written in batches.
 */
@Repository
class UnitImportRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	UnitImportRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * True when the tree holds no unit at all (a fresh installation).
	 */
	boolean noUnits() {
		return !this.jdbc.sql("select exists (select 1 from units.unit)").query(Boolean.class).single();
	}

	/**
	 * The versions valid on the date, keyed by {@code LEVEL:code}.
	 */
	Map<String, Unit> byCode(LocalDate date) {
		Map<String, Unit> units = new HashMap<>();
		this.jdbc
			.sql("select " + UnitRows.VERSION_COLUMNS
					+ " from units.unit_version v where v.code is not null and v.valid @> cast(:d as date)")
			.param("d", date)
			.query(UnitRows::unit)
			.list()
			.forEach((unit) -> units.put(unit.level() + ":" + unit.code(), unit));
		return units;
	}

	/**
	 * The versions, of any level, holding the code on the date; on a {@code null} date,
	 * those whose validity goes back beyond the records.
	 */
	List<Unit> byCodeOn(String code, LocalDate date) {
		return this.jdbc.sql("select " + UnitRows.VERSION_COLUMNS + " from units.unit_version v where v.code = :code"
				+ " and (case when cast(:d as date) is null then lower_inf(v.valid) else v.valid @> cast(:d as date) end)")
			.param("code", code)
			.param("d", date)
			.query(UnitRows::unit)
			.list();
	}

	UnitLevel levelOf(long unitId, LocalDate date) {
		return this.jdbc.sql("select v.level from units.unit_version v where v.unit_id = :id"
				+ " and (case when cast(:d as date) is null then lower_inf(v.valid) else v.valid @> cast(:d as date) end)")
			.param("id", unitId)
			.param("d", date)
			.query(String.class)
			.optional()
			.map(UnitLevel::valueOf)
			.orElse(null);
	}

	/**
	 * Versions of the level and code whose validity overlaps [from, to).
	 */
	List<Unit> overlapping(UnitLevel level, String code, LocalDate from, LocalDate to) {
		return this.jdbc.sql("select " + UnitRows.VERSION_COLUMNS + " from units.unit_version v"
				+ " where v.level = :level and v.code = :code and v.valid && daterange(cast(:from as date), cast(:to as date), '[)')"
				+ " order by lower(v.valid) nulls first")
			.param("level", level.name())
			.param("code", code)
			.param("from", from)
			.param("to", to)
			.query(UnitRows::unit)
			.list();
	}

	/**
	 * Versions of organisations without a code, under the parent, with the kind and full
	 * name, whose validity overlaps [from, to).
	 */
	List<Unit> overlappingOrganisations(UnitLevel level, long parentId, UnitKind kind, String fullName, LocalDate from,
			LocalDate to) {
		return this.jdbc.sql("select " + UnitRows.VERSION_COLUMNS + " from units.unit_version v"
				+ " where v.level = :level and v.code is null and v.parent_id = :parent and v.kind = :kind"
				+ " and v.full_name = :fullName and v.valid && daterange(cast(:from as date), cast(:to as date), '[)')"
				+ " order by lower(v.valid) nulls first")
			.param("level", level.name())
			.param("parent", parentId)
			.param("kind", kind.name())
			.param("fullName", fullName)
			.param("from", from)
			.param("to", to)
			.query(UnitRows::unit)
			.list();
	}

	/**
	 * Overwrites the version of the unit that starts on {@code row.from()}: a correction
	 * of the record, not a change in time.
	 */
	void correctVersion(VersionRow row) {
		this.jdbc
			.sql("""
					update units.unit_version
					   set valid = daterange(cast(:from as date), cast(:to as date), '[)'), code = :code, name = :name, full_name = :fullName,
					       kind = :kind, level = :level, parent_id = :parentId
					 where unit_id = :unitId and lower(valid) is not distinct from cast(:from as date)
					""")
			.param("unitId", row.unitId())
			.param("from", row.from())
			.param("to", row.to())
			.param("code", row.code())
			.param("name", row.name())
			.param("fullName", row.fullName())
			.param("kind", row.kind().name())
			.param("level", row.level().name())
			.param("parentId", row.parentId())
			.update();
	}

	List<Long> reserveIds(int count) {
		if (count == 0) {
			return List.of();
		}
		return this.jdbc.sql("select nextval(pg_get_serial_sequence('units.unit', 'id')) from generate_series(1, :n)")
			.param("n", count)
			.query(Long.class)
			.list();
	}

	void insertUnits(List<Long> ids) {
		this.template.batchUpdate("insert into units.unit (id) overriding system value values (?)", ids, 1000,
				(ps, id) -> ps.setLong(1, id));
	}

	void insertVersions(List<VersionRow> rows) {
		this.template.batchUpdate("""
				insert into units.unit_version (unit_id, valid, code, name, full_name, kind, level, parent_id)
				values (?, daterange(?, ?, '[)'), ?, ?, ?, ?, ?, ?)
				""", rows, 1000, (ps, row) -> {
			ps.setLong(1, row.unitId());
			setDate(ps, 2, row.from());
			setDate(ps, 3, row.to());
			ps.setString(4, row.code());
			ps.setString(5, row.name());
			ps.setString(6, row.fullName());
			ps.setString(7, row.kind().name());
			ps.setString(8, row.level().name());
			if (row.parentId() != null) {
				ps.setLong(9, row.parentId());
			}
			else {
				ps.setNull(9, Types.BIGINT);
			}
		});
	}

	int insertSuccessions(List<SuccessionRow> rows) {
		int[][] counts = this.template.batchUpdate("""
				insert into units.succession (from_unit, to_unit, on_date, kind, partial)
				values (?, ?, ?, ?, ?)
				on conflict (from_unit, to_unit, on_date) do nothing
				""", rows, 1000, (ps, row) -> {
			ps.setLong(1, row.fromUnit());
			ps.setLong(2, row.toUnit());
			setDate(ps, 3, row.onDate());
			ps.setString(4, row.kind().name());
			ps.setBoolean(5, row.partial());
		});
		int inserted = 0;
		for (int[] batch : counts) {
			for (int count : batch) {
				inserted += Math.max(count, 0);
			}
		}
		return inserted;
	}

	private static void setDate(java.sql.PreparedStatement ps, int index, LocalDate date) throws java.sql.SQLException {
		if (date != null) {
			ps.setDate(index, Date.valueOf(date));
		}
		else {
			ps.setNull(index, Types.DATE);
		}
	}

	record VersionRow(long unitId, LocalDate from, LocalDate to, String code, String name, String fullName,
			UnitKind kind, UnitLevel level, Long parentId) {
	}

	record SuccessionRow(long fromUnit, long toUnit, LocalDate onDate, SuccessionKind kind, boolean partial) {
	}

}
