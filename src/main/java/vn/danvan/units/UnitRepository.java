package vn.danvan.units;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UnitRepository {

	static final String VERSION_COLUMNS = """
			v.unit_id, v.code, v.name, v.full_name, v.kind, v.level, v.parent_id,
			lower(v.valid) as valid_from, upper(v.valid) as valid_to
			""";

	private static final String ORDER = " order by v.name collate \"vi-x-icu\", v.full_name collate \"vi-x-icu\", v.unit_id";

	/** Guards every walk of the tree against a cycle in the data. */
	static final int MAX_DEPTH = 12;

	private final JdbcClient jdbc;

	UnitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Unit> find(long unitId, LocalDate date) {
		return this.jdbc
			.sql("select " + VERSION_COLUMNS + " from units.unit_version v where v.unit_id = :id and v.valid @> :d")
			.param("id", unitId)
			.param("d", date)
			.query(UnitRepository::unit)
			.optional();
	}

	List<Unit> findAll(java.util.Collection<Long> unitIds, LocalDate date) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select " + VERSION_COLUMNS
					+ " from units.unit_version v where v.unit_id = any(cast(:ids as bigint[])) and v.valid @> :d"
					+ ORDER)
			.param("ids", unitIds.toArray(Long[]::new))
			.param("d", date)
			.query(UnitRepository::unit)
			.list();
	}

	List<Unit> roots(LocalDate date) {
		return this.jdbc
			.sql("select " + VERSION_COLUMNS + " from units.unit_version v where v.parent_id is null and v.valid @> :d"
					+ ORDER)
			.param("d", date)
			.query(UnitRepository::unit)
			.list();
	}

	List<Unit> children(long parentId, LocalDate date) {
		return this.jdbc
			.sql("select " + VERSION_COLUMNS + " from units.unit_version v where v.parent_id = :p and v.valid @> :d"
					+ ORDER)
			.param("p", parentId)
			.param("d", date)
			.query(UnitRepository::unit)
			.list();
	}

	List<Unit> descendants(long unitId, LocalDate date, UnitLevel level) {
		return this.jdbc.sql("""
				with recursive tree as (
				    select v.unit_id, v.code, v.name, v.full_name, v.kind, v.level, v.parent_id, v.valid, 1 as depth
				      from units.unit_version v
				     where v.parent_id = :id and v.valid @> cast(:d as date)
				    union all
				    select c.unit_id, c.code, c.name, c.full_name, c.kind, c.level, c.parent_id, c.valid, t.depth + 1
				      from tree t
				      join units.unit_version c on c.parent_id = t.unit_id and c.valid @> cast(:d as date)
				     where t.depth < :maxDepth
				)
				select v.unit_id, v.code, v.name, v.full_name, v.kind, v.level, v.parent_id,
				       lower(v.valid) as valid_from, upper(v.valid) as valid_to
				  from tree v
				 where cast(:level as text) is null or v.level = :level
				""" + ORDER)
			.param("id", unitId)
			.param("d", date)
			.param("level", (level != null) ? level.name() : null)
			.param("maxDepth", MAX_DEPTH)
			.query(UnitRepository::unit)
			.list();
	}

	/**
	 * The unit's ancestors on the date, nearest first.
	 */
	List<Unit> ancestors(long unitId, LocalDate date) {
		return this.jdbc.sql("""
				with recursive up (unit_id, parent_id, depth) as (
				    select v.unit_id, v.parent_id, 0
				      from units.unit_version v where v.unit_id = :id and v.valid @> cast(:d as date)
				    union all
				    select p.unit_id, p.parent_id, u.depth + 1
				      from up u
				      join units.unit_version p on p.unit_id = u.parent_id and p.valid @> cast(:d as date)
				     where u.depth < :maxDepth
				)
				select %s
				  from up u
				  join units.unit_version v on v.unit_id = u.unit_id and v.valid @> cast(:d as date)
				 where u.depth > 0
				 order by u.depth
				""".formatted(VERSION_COLUMNS))
			.param("id", unitId)
			.param("d", date)
			.param("maxDepth", MAX_DEPTH)
			.query(UnitRepository::unit)
			.list();
	}

	boolean isWithin(long unitId, long scopeUnitId, LocalDate date) {
		return this.jdbc.sql("""
				with recursive up (unit_id, parent_id, depth) as (
				    select v.unit_id, v.parent_id, 0
				      from units.unit_version v where v.unit_id = :id and v.valid @> cast(:d as date)
				    union all
				    select p.unit_id, p.parent_id, u.depth + 1
				      from up u
				      join units.unit_version p on p.unit_id = u.parent_id and p.valid @> cast(:d as date)
				     where u.depth < :maxDepth
				)
				select exists (select 1 from up where unit_id = :scope)
				""")
			.param("id", unitId)
			.param("scope", scopeUnitId)
			.param("d", date)
			.param("maxDepth", MAX_DEPTH)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Units whose full name contains the words typed, ignoring diacritics and case; exact
	 * matches first, then in Vietnamese order. Limited to the subtree of
	 * {@code scopeUnitId} when given.
	 */
	List<Unit> search(String text, LocalDate date, Long scopeUnitId, UnitLevel level, int limit) {
		String key = this.jdbc.sql("select units.search_key(:text)").param("text", text).query(String.class).single();
		if (key == null || key.isEmpty()) {
			return List.of();
		}
		String pattern = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		String scope = (scopeUnitId == null) ? "" : """
				   and v.unit_id in (
				       with recursive scope (unit_id, depth) as (
				           select cast(:scope as bigint), 0
				           union all
				           select c.unit_id, s.depth + 1
				             from scope s
				             join units.unit_version c on c.parent_id = s.unit_id and c.valid @> cast(:d as date)
				            where s.depth < :maxDepth
				       )
				       select unit_id from scope)
				""";
		var statement = this.jdbc
			.sql("""
					select %s
					  from units.unit_version v
					 where v.search_key like :pattern
					   and v.valid @> cast(:d as date)
					   and (cast(:level as text) is null or v.level = :level)
					%s
					 order by (units.search_key(v.name) = :key) desc, v.name collate "vi-x-icu", v.full_name collate "vi-x-icu"
					 limit :limit
					"""
				.formatted(VERSION_COLUMNS, scope))
			.param("pattern", pattern)
			.param("key", key)
			.param("d", date)
			.param("level", (level != null) ? level.name() : null)
			.param("limit", limit);
		if (scopeUnitId != null) {
			statement = statement.param("scope", scopeUnitId).param("maxDepth", MAX_DEPTH);
		}
		return statement.query(UnitRepository::unit).list();
	}

	List<Unit> versions(long unitId) {
		return this.jdbc
			.sql("select " + VERSION_COLUMNS
					+ " from units.unit_version v where v.unit_id = :id order by lower(v.valid) nulls first")
			.param("id", unitId)
			.query(UnitRepository::unit)
			.list();
	}

	List<Succession> successionsInto(long unitId) {
		return successions("s.to_unit = :id", unitId);
	}

	List<Succession> successionsFrom(long unitId) {
		return successions("s.from_unit = :id", unitId);
	}

	private List<Succession> successions(String condition, long unitId) {
		return this.jdbc
			.sql("""
						select * from (
					select s.from_unit, s.to_unit, s.on_date, s.kind, s.partial,
						       (select f.full_name from units.unit_version f where f.unit_id = s.from_unit
						         order by (f.valid @> (s.on_date - 1)) desc, upper(f.valid) desc nulls first limit 1) as from_name,
						       (select t.full_name from units.unit_version t where t.unit_id = s.to_unit
						         order by (t.valid @> s.on_date) desc, lower(t.valid) nulls first limit 1) as to_name
						  from units.succession s
						 where %s
						) x
						 order by on_date, from_name collate "vi-x-icu", to_name collate "vi-x-icu"
						"""
				.formatted(condition))
			.param("id", unitId)
			.query((rs, rowNum) -> new Succession(rs.getLong("from_unit"), rs.getString("from_name"),
					rs.getLong("to_unit"), rs.getString("to_name"), rs.getObject("on_date", LocalDate.class),
					SuccessionKind.valueOf(rs.getString("kind")), rs.getBoolean("partial")))
			.list();
	}

	/**
	 * The units valid on {@code today} that the unit became, following successions
	 * forward; approximate when a partial link was crossed on the way.
	 */
	List<CurrentUnit> currentUnits(long unitId, LocalDate today) {
		return this.jdbc.sql("""
				with recursive forward (unit_id, partial, depth) as (
				    select cast(:id as bigint), false, 0
				    union all
				    select s.to_unit, f.partial or s.partial, f.depth + 1
				      from forward f
				      join units.succession s on s.from_unit = f.unit_id
				     where f.depth < :maxDepth
				)
				select %s, bool_or(f.partial) as approximate
				  from forward f
				  join units.unit_version v on v.unit_id = f.unit_id and v.valid @> cast(:d as date)
				 group by v.unit_id, v.code, v.name, v.full_name, v.kind, v.level, v.parent_id, v.valid
				""".formatted(VERSION_COLUMNS) + ORDER)
			.param("id", unitId)
			.param("d", today)
			.param("maxDepth", MAX_DEPTH)
			.query((rs, rowNum) -> new CurrentUnit(unit(rs, rowNum), rs.getBoolean("approximate")))
			.list();
	}

	Optional<Unit> findByCode(UnitLevel level, String code, LocalDate date) {
		return this.jdbc
			.sql("select " + VERSION_COLUMNS
					+ " from units.unit_version v where v.level = :level and v.code = :code and v.valid @> :d")
			.param("level", level.name())
			.param("code", code)
			.param("d", date)
			.query(UnitRepository::unit)
			.optional();
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
			.sql("select " + VERSION_COLUMNS + " from units.unit_version v where v.parent_id = :p"
					+ " and (upper(v.valid) is null or upper(v.valid) > :d)" + ORDER)
			.param("p", parentId)
			.param("d", date)
			.query(UnitRepository::unit)
			.list();
	}

	/**
	 * Another unit of the level holding the code at some time in [from, to).
	 */
	Optional<Unit> codeHolder(UnitLevel level, String code, LocalDate from, LocalDate to, long exceptUnitId) {
		return this.jdbc.sql("select " + VERSION_COLUMNS
				+ " from units.unit_version v where v.level = :level and v.code = :code"
				+ " and v.valid && daterange(cast(:from as date), cast(:to as date), '[)') and v.unit_id <> :except limit 1")
			.param("level", level.name())
			.param("code", code)
			.param("from", from)
			.param("to", to)
			.param("except", exceptUnitId)
			.query(UnitRepository::unit)
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

	static Unit unit(ResultSet rs, int rowNum) throws SQLException {
		return new Unit(rs.getLong("unit_id"), rs.getString("code"), rs.getString("name"), rs.getString("full_name"),
				UnitKind.valueOf(rs.getString("kind")), UnitLevel.valueOf(rs.getString("level")),
				rs.getObject("parent_id", Long.class), date(rs, "valid_from"), date(rs, "valid_to"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

}
