package vn.danvan.units;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.danvan.units.rows.UnitRows;

/**
 * The reads of the tree behind {@link Units}: units as of a date, walks up and down,
 * search, versions, successions and what a historical unit became.
 */
@Repository
class UnitRepository {

	/** Guards every walk of the tree against a cycle in the data. */
	static final int MAX_DEPTH = 12;

	private final JdbcClient jdbc;

	UnitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Unit> find(long unitId, LocalDate date) {
		return this.jdbc
			.sql("select " + UnitRows.VERSION_COLUMNS
					+ " from units.unit_version v where v.unit_id = :id and v.valid @> :d")
			.param("id", unitId)
			.param("d", date)
			.query(UnitRows::unit)
			.optional();
	}

	List<Unit> findAll(java.util.Collection<Long> unitIds, LocalDate date) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select " + UnitRows.VERSION_COLUMNS
					+ " from units.unit_version v where v.unit_id = any(cast(:ids as bigint[])) and v.valid @> :d"
					+ UnitRows.ORDER)
			.param("ids", unitIds.toArray(Long[]::new))
			.param("d", date)
			.query(UnitRows::unit)
			.list();
	}

	List<Unit> roots(LocalDate date) {
		return this.jdbc
			.sql("select " + UnitRows.VERSION_COLUMNS
					+ " from units.unit_version v where v.parent_id is null and v.valid @> :d" + UnitRows.ORDER)
			.param("d", date)
			.query(UnitRows::unit)
			.list();
	}

	List<Unit> children(long parentId, LocalDate date) {
		return this.jdbc
			.sql("select " + UnitRows.VERSION_COLUMNS
					+ " from units.unit_version v where v.parent_id = :p and v.valid @> :d" + UnitRows.ORDER)
			.param("p", parentId)
			.param("d", date)
			.query(UnitRows::unit)
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
				""" + UnitRows.ORDER)
			.param("id", unitId)
			.param("d", date)
			.param("level", (level != null) ? level.name() : null)
			.param("maxDepth", MAX_DEPTH)
			.query(UnitRows::unit)
			.list();
	}

	List<Long> subtreeIds(long unitId, LocalDate date) {
		List<Long> ids = new java.util.ArrayList<>();
		ids.add(unitId);
		ids.addAll(this.jdbc.sql("""
				with recursive tree as (
				    select v.unit_id, 1 as depth from units.unit_version v
				     where v.parent_id = :id and v.valid @> cast(:d as date)
				    union all
				    select c.unit_id, t.depth + 1 from tree t
				      join units.unit_version c on c.parent_id = t.unit_id and c.valid @> cast(:d as date)
				     where t.depth < :maxDepth
				)
				select unit_id from tree
				""").param("id", unitId).param("d", date).param("maxDepth", MAX_DEPTH).query(Long.class).list());
		return ids;
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
				""".formatted(UnitRows.VERSION_COLUMNS))
			.param("id", unitId)
			.param("d", date)
			.param("maxDepth", MAX_DEPTH)
			.query(UnitRows::unit)
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
				.formatted(UnitRows.VERSION_COLUMNS, scope))
			.param("pattern", pattern)
			.param("key", key)
			.param("d", date)
			.param("level", (level != null) ? level.name() : null)
			.param("limit", limit);
		if (scopeUnitId != null) {
			statement = statement.param("scope", scopeUnitId).param("maxDepth", MAX_DEPTH);
		}
		return statement.query(UnitRows::unit).list();
	}

	/**
	 * Units that no longer exist on the date (nor later), one of whose names contained
	 * the text (diacritics and case ignored), as their last matching version: "kon tum"
	 * finds Tỉnh Kon Tum, merged on 01/07/2025.
	 */
	List<Unit> searchFormer(String text, LocalDate date, int limit) {
		String key = this.jdbc.sql("select units.search_key(:text)").param("text", text).query(String.class).single();
		if (key == null || key.isEmpty()) {
			return List.of();
		}
		String pattern = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.jdbc
			.sql("""
					select * from (
					  select distinct on (v.unit_id) %s
					    from units.unit_version v
					   where v.search_key like :pattern
					     and upper(v.valid) <= cast(:d as date)
					     and not exists (select 1 from units.unit_version n
					                      where n.unit_id = v.unit_id
					                        and (n.valid @> cast(:d as date) or lower(n.valid) > cast(:d as date)))
					   order by v.unit_id, upper(v.valid) desc) v
					 order by (units.search_key(v.name) = :key) desc, v.name collate "vi-x-icu", v.full_name collate "vi-x-icu"
					 limit :limit
					"""
				.formatted(UnitRows.VERSION_COLUMNS))
			.param("pattern", pattern)
			.param("key", key)
			.param("d", date)
			.param("limit", limit)
			.query(UnitRows::unit)
			.list();
	}

	List<Unit> versions(long unitId) {
		return this.jdbc
			.sql("select " + UnitRows.VERSION_COLUMNS
					+ " from units.unit_version v where v.unit_id = :id order by lower(v.valid) nulls first")
			.param("id", unitId)
			.query(UnitRows::unit)
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
				""".formatted(UnitRows.VERSION_COLUMNS) + UnitRows.ORDER)
			.param("id", unitId)
			.param("d", today)
			.param("maxDepth", MAX_DEPTH)
			.query((rs, rowNum) -> new CurrentUnit(UnitRows.unit(rs, rowNum), rs.getBoolean("approximate")))
			.list();
	}

	Optional<Unit> findByCode(UnitLevel level, String code, LocalDate date) {
		return this.jdbc
			.sql("select " + UnitRows.VERSION_COLUMNS
					+ " from units.unit_version v where v.level = :level and v.code = :code and v.valid @> :d")
			.param("level", level.name())
			.param("code", code)
			.param("d", date)
			.query(UnitRows::unit)
			.optional();
	}

}
