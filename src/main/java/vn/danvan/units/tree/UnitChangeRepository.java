package vn.danvan.units.tree;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.danvan.units.SuccessionKind;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitKind;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.rows.UnitRows;

/**
 * The writes of {@link UnitAdministration}: locks, new units and versions, ended
 * versions, successions, and the reads that check them (a unit's versions, children
 * attached from a date, another holder of a code).
 */
@Repository
class UnitChangeRepository {

	private final JdbcClient jdbc;

	UnitChangeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Unit> versions(long unitId) {
		return this.jdbc
			.sql("select " + UnitRows.VERSION_COLUMNS
					+ " from units.unit_version v where v.unit_id = :id order by lower(v.valid) nulls first")
			.param("id", unitId)
			.query(UnitRows::unit)
			.list();
	}

	/**
	 * Locks the unit for the rest of the transaction, so that two edits of one unit run
	 * one after the other; false when there is no such unit.
	 */
	boolean lock(long unitId) {
		return this.jdbc.sql("select id from units.unit where id = :id for update")
			.param("id", unitId)
			.query(Long.class)
			.optional()
			.isPresent();
	}

	/**
	 * Children attached to the unit on the date or later.
	 */
	List<Unit> childrenFrom(long parentId, LocalDate date) {
		return this.jdbc
			.sql("select " + UnitRows.VERSION_COLUMNS + " from units.unit_version v where v.parent_id = :p"
					+ " and (upper(v.valid) is null or upper(v.valid) > :d)" + UnitRows.ORDER)
			.param("p", parentId)
			.param("d", date)
			.query(UnitRows::unit)
			.list();
	}

	/**
	 * Another unit of the level holding the code at some time in [from, to).
	 */
	Optional<Unit> codeHolder(UnitLevel level, String code, LocalDate from, LocalDate to, long exceptUnitId) {
		return this.jdbc.sql("select " + UnitRows.VERSION_COLUMNS
				+ " from units.unit_version v where v.level = :level and v.code = :code"
				+ " and v.valid && daterange(cast(:from as date), cast(:to as date), '[)') and v.unit_id <> :except limit 1")
			.param("level", level.name())
			.param("code", code)
			.param("from", from)
			.param("to", to)
			.param("except", exceptUnitId)
			.query(UnitRows::unit)
			.optional();
	}

	long insertUnit() {
		return this.jdbc.sql("insert into units.unit default values returning id").query(Long.class).single();
	}

	void insertVersion(long unitId, LocalDate from, LocalDate to, String code, String name, String fullName,
			UnitKind kind, UnitLevel level, Long parentId) {
		this.jdbc
			.sql("""
					insert into units.unit_version (unit_id, valid, code, name, full_name, kind, level, parent_id)
					values (:unitId, daterange(cast(:from as date), cast(:to as date), '[)'), :code, :name, :fullName, :kind, :level, :parentId)
					""")
			.param("unitId", unitId)
			.param("from", from)
			.param("to", to)
			.param("code", code)
			.param("name", name)
			.param("fullName", fullName)
			.param("kind", kind.name())
			.param("level", level.name())
			.param("parentId", parentId)
			.update();
	}

	/**
	 * Ends the version valid on {@code date} the day before it; returns false when no
	 * version was valid then.
	 */
	boolean endVersion(long unitId, LocalDate date) {
		return this.jdbc.sql("""
				update units.unit_version set valid = daterange(lower(valid), :d, '[)')
				 where unit_id = :id and valid @> cast(:d as date) and (lower(valid) is null or lower(valid) < :d)
				""").param("id", unitId).param("d", date).update() == 1;
	}

	void insertSuccession(long fromUnit, long toUnit, LocalDate onDate, SuccessionKind kind, boolean partial) {
		this.jdbc.sql("""
				insert into units.succession (from_unit, to_unit, on_date, kind, partial)
				values (:from, :to, :onDate, :kind, :partial)
				on conflict (from_unit, to_unit, on_date) do nothing
				""")
			.param("from", fromUnit)
			.param("to", toUnit)
			.param("onDate", onDate)
			.param("kind", kind.name())
			.param("partial", partial)
			.update();
	}

}
