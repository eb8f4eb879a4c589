package vn.danvan.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where each unit's figures add up, per epoch of the tree and view, built set-based from
 * the units' versions and successions (read-only) and kept until the tree changes.
 */
@Repository
class RollupRepository {

	/** Advisory lock key (first half) that serialises building and dropping maps. */
	static final int MAPS_LOCK = 730501;

	static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

	/**
	 * The levels whose units keep sums of what lies below them (ADR 19); the figures of a
	 * unit of another level are added up from the reports below it when read.
	 */
	static final String KEPT_LEVELS = "('CENTRAL', 'PROVINCE', 'DISTRICT')";

	private final JdbcClient jdbc;

	RollupRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The epoch a date falls in: the last date on or before it on which the tree changed.
	 */
	LocalDate epochOf(LocalDate date) {
		LocalDate epoch = this.jdbc.sql("""
				select max(d) from (
				    select max(lower(valid)) as d from units.unit_version_view where lower(valid) <= :d
				    union all
				    select max(upper(valid)) from units.unit_version_view where upper(valid) <= :d
				    union all
				    select max(on_date) from units.succession_view where on_date <= :d
				) changes
				""").param("d", date).query(LocalDate.class).optional().orElse(null);
		return (epoch != null) ? epoch : BEGINNING;
	}

	/**
	 * Makes sure the maps the sums of an epoch need exist (as it was on the epoch and on
	 * today's epoch, and today's structure for the epoch) and keeps them from being
	 * dropped until the calling transaction ends.
	 * <p>
	 * Lock order: a period's lock first, then the maps' lock, held shared to use the maps
	 * and alone to build, extend or drop them. A transaction takes the maps' lock alone
	 * straight away when maps are missing; only when they are dropped between its look
	 * and its shared lock does it have to upgrade, and a deadlock between two such
	 * upgrades is reported by PostgreSQL and retried by the caller ({@link Rollup}).
	 * @return whether some map was built (or dropped) by this call, in the calling
	 * transaction
	 */
	boolean use(LocalDate epoch, LocalDate today) {
		LocalDate todayEpoch = epochOf(today);
		if (!missing(epoch, todayEpoch) && !outdated(todayEpoch)) {
			this.jdbc.sql("select pg_advisory_xact_lock_shared(?, 0)").param(MAPS_LOCK).query(Object.class).single();
			if (!missing(epoch, todayEpoch) && !outdated(todayEpoch)) {
				return false;
			}
		}
		this.jdbc.sql("select pg_advisory_xact_lock(?, 0)").param(MAPS_LOCK).query(Object.class).single();
		if (outdated(todayEpoch)) {
			// A dated change took effect since these maps were built, with no edit of the
			// tree to drop them: today's structure is another one now.
			deleteMaps();
			this.jdbc.sql("""
					insert into analytics.staleness (id, since, reason)
					select 1, now(), 'analytics.stale.datedChange' where exists (select 1 from analytics.period_state)
					on conflict (id) do nothing
					""").update();
		}
		boolean built = build(View.AS_WAS, todayEpoch, today) | build(View.AS_WAS, epoch, today);
		if (built) {
			// Today's structure joins the maps just written, and the planner must know
			// how many rows they hold: statistics taken while the table was empty (after
			// a drop) turn those joins into nested loops over tens of thousands of rows.
			analyze();
		}
		boolean current = build(View.CURRENT, epoch, today);
		if (current) {
			analyze();
		}
		return true;
	}

	private void analyze() {
		this.jdbc.sql("analyze analytics.rollup").update();
		this.jdbc.sql("analyze analytics.first_kept").update();
	}

	private void deleteMaps() {
		this.jdbc.sql("delete from analytics.rollup_epoch").update();
		this.jdbc.sql("delete from analytics.rollup").update();
		this.jdbc.sql("delete from analytics.first_kept").update();
		// Where each report's unit went is read again: comparisons kept over the old maps
		// are computed again (the periods' stamps move, Comparisons).
		this.jdbc.sql("update analytics.period_state set changes = changes + 1").update();
	}

	/**
	 * True when some map was built on a day before today's epoch began: it follows a
	 * structure of "today" that a dated change has replaced since.
	 */
	private boolean outdated(LocalDate todayEpoch) {
		return this.jdbc.sql("select exists (select 1 from analytics.rollup_epoch where today < ?)")
			.param(todayEpoch)
			.query(Boolean.class)
			.single();
	}

	private boolean missing(LocalDate epoch, LocalDate todayEpoch) {
		int needed = epoch.equals(todayEpoch) ? 2 : 3;
		Integer present = this.jdbc.sql("""
				select count(*) from analytics.rollup_epoch
				 where (view = 'A' and epoch in (?, ?)) or (view = 'C' and epoch = ?)
				""").params(epoch, todayEpoch, epoch).query(Integer.class).single();
		return present < needed;
	}

	/**
	 * Builds one map unless it exists; the caller holds the maps' lock alone.
	 * @return whether it was built
	 */
	private boolean build(View view, LocalDate epoch, LocalDate today) {
		boolean exists = !this.jdbc.sql("select 1 from analytics.rollup_epoch where view = ? and epoch = ?")
			.params(view.code(), epoch)
			.query(Integer.class)
			.list()
			.isEmpty();
		if (exists) {
			return false;
		}
		if (view == View.AS_WAS) {
			buildAsWas(epoch);
		}
		else {
			buildCurrent(epoch, today);
		}
		this.jdbc.sql("insert into analytics.rollup_epoch (view, epoch, today) values (?, ?, ?)")
			.params(view.code(), epoch, today)
			.update();
		return true;
	}

	private void buildAsWas(LocalDate epoch) {
		this.jdbc.sql("""
				insert into analytics.rollup (view, epoch, unit_id, target_id, depth, approximate, kept)
				with recursive up (unit_id, target_id, depth) as (
				    select v.unit_id, v.unit_id, 0
				      from units.unit_version_view v
				     where v.valid @> cast(:e as date)
				    union all
				    select u.unit_id, p.parent_id, u.depth + 1
				      from up u
				      join units.unit_version_view p on p.unit_id = u.target_id and p.valid @> cast(:e as date)
				     where p.parent_id is not null and u.depth < 12
				)
				select 'A', cast(:e as date), up.unit_id, up.target_id, up.depth, false, coalesce(t.level in %s, false)
				  from up
				  left join units.unit_version_view t on t.unit_id = up.target_id and t.valid @> cast(:e as date)
				on conflict do nothing
				""".formatted(KEPT_LEVELS)).param("e", epoch).update();
		this.jdbc
			.sql(FIRST_KEPT + " where view = 'A' and epoch = ? and depth > 0 and kept order by epoch, unit_id, depth")
			.param(epoch)
			.update();
	}

	/**
	 * The nearest unit keeping sums above each unit, as it was (what a rebuild joins
	 * every value to, ADR 20).
	 */
	private static final String FIRST_KEPT = """
			insert into analytics.first_kept (epoch, unit_id, target_id)
			select distinct on (epoch, unit_id) epoch, unit_id, target_id
			  from analytics.rollup
			""";

	/**
	 * Today's structure: a unit adds up into the units of today's tree it became
	 * (following merges and splits made after the epoch) and their ancestors today. A
	 * unit that became nothing of today (a district abolished) adds up through its
	 * nearest ancestor that did. A target is approximate when only part of what the unit
	 * became lies below it.
	 */
	private void buildCurrent(LocalDate epoch, LocalDate today) {
		this.jdbc
			.sql("""
					insert into analytics.rollup (view, epoch, unit_id, target_id, depth, approximate, kept)
					with recursive forward (source, unit_id, partial, depth) as (
					    select v.unit_id, v.unit_id, false, 0
					      from units.unit_version_view v
					     where v.valid @> cast(:e as date)
					    union all
					    select f.source, s.to_unit, f.partial or s.partial, f.depth + 1
					      from forward f
					      join units.succession_view s on s.from_unit = f.unit_id and s.on_date > cast(:e as date)
					                             and s.on_date <= cast(:today as date)
					     where f.depth < 12
					),
					became as (
					    select f.source, f.unit_id as current_id, bool_or(f.partial) as partial
					      from forward f
					     where exists (select 1 from units.unit_version_view t
					                    where t.unit_id = f.unit_id and t.valid @> cast(:today as date))
					     group by f.source, f.unit_id
					),
					counted as (
					    select source, count(*) as parts, bool_or(partial) as partial from became group by source
					),
					via as (
					    select distinct on (a.unit_id) a.unit_id as source, a.target_id as via
					      from analytics.rollup a
					      join counted c on c.source = a.target_id
					     where a.view = 'A' and a.epoch = cast(:e as date)
					     order by a.unit_id, a.depth
					)
					select 'C', cast(:e as date), v.source, t.target_id, min(t.depth),
					       count(*) < n.parts or (n.parts = 1 and n.partial and min(t.depth) = 0), bool_or(t.kept)
					  from via v
					  join became b on b.source = v.via
					  join counted n on n.source = v.via
					  join analytics.rollup t on t.view = 'A' and t.epoch = cast(:todayEpoch as date) and t.unit_id = b.current_id
					 group by v.source, t.target_id, n.parts, n.partial
					""")
			.param("e", epoch)
			.param("today", today)
			.param("todayEpoch", epochOf(today))
			.update();
	}

	/**
	 * Adds a unit just created (no predecessor, nothing below it yet) to the maps already
	 * built, instead of dropping them: as it was, it adds up into its ancestors on each
	 * epoch's date; in today's structure, into itself and its ancestors today.
	 */
	void addUnit(long unitId) {
		this.jdbc.sql("select pg_advisory_xact_lock(?, 0)").param(MAPS_LOCK).query(Object.class).single();
		this.jdbc.sql("""
				insert into analytics.rollup (view, epoch, unit_id, target_id, depth, approximate, kept)
				with recursive up (epoch, target_id, depth) as (
				    select e.epoch, v.unit_id, 0
				      from analytics.rollup_epoch e
				      join units.unit_version_view v on v.unit_id = :u and v.valid @> e.epoch
				     where e.view = 'A'
				    union all
				    select u.epoch, p.parent_id, u.depth + 1
				      from up u
				      join units.unit_version_view p on p.unit_id = u.target_id and p.valid @> u.epoch
				     where p.parent_id is not null and u.depth < 12
				)
				select 'A', up.epoch, :u, up.target_id, up.depth, false, coalesce(t.level in %s, false)
				  from up
				  left join units.unit_version_view t on t.unit_id = up.target_id and t.valid @> up.epoch
				on conflict do nothing
				""".formatted(KEPT_LEVELS)).param("u", unitId).update();
		this.jdbc.sql("""
				insert into analytics.rollup (view, epoch, unit_id, target_id, depth, approximate, kept)
				select 'C', e.epoch, :u, t.target_id, t.depth, false, t.kept
				  from analytics.rollup_epoch e
				  join units.unit_version_view v on v.unit_id = :u and v.valid @> e.epoch
				  join analytics.rollup t on t.view = 'A' and t.epoch = :todayEpoch and t.unit_id = :u
				 where e.view = 'C'
				on conflict do nothing
				""").param("u", unitId).param("todayEpoch", epochOf(vn.danvan.units.UnitScope.today())).update();
		this.jdbc.sql(FIRST_KEPT + """
				 where view = 'A' and unit_id = ? and depth > 0 and kept
				 order by epoch, unit_id, depth
				on conflict do nothing
				""").param(unitId).update();
	}

	/**
	 * Drops every map (the tree changed); they are built again when next needed.
	 */
	void dropAll() {
		this.jdbc.sql("select pg_advisory_xact_lock(?, 0)").param(MAPS_LOCK).query(Object.class).single();
		deleteMaps();
	}

	/**
	 * True when figures of {@code unitId} add up into {@code targetId} in the view.
	 */
	boolean addsUpInto(View view, LocalDate epoch, long unitId, long targetId) {
		return !this.jdbc.sql("""
				select 1 from analytics.rollup where view = ? and epoch = ? and unit_id = ? and target_id = ?
				""").params(view.code(), epoch, unitId, targetId).query(Integer.class).list().isEmpty();
	}

	/**
	 * The units directly below a unit in the view's tree.
	 */
	List<Long> children(LocalDate epoch, long unitId) {
		return this.jdbc.sql("""
				select unit_id from analytics.rollup
				 where view = 'A' and epoch = ? and target_id = ? and depth = 1
				""").params(epoch, unitId).query(Long.class).list();
	}

	/**
	 * Which of the units have units directly below them in the epoch's tree: one query
	 * for a whole list of children, instead of one per child.
	 */
	java.util.Set<Long> withChildren(LocalDate epoch, java.util.Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(this.jdbc.sql("""
				select distinct target_id from analytics.rollup
				 where view = 'A' and epoch = ? and depth = 1 and target_id = any(cast(? as bigint[]))
				""").params(epoch, unitIds.toArray(Long[]::new)).query(Long.class).list());
	}

	Optional<LocalDate> builtFor(View view, LocalDate epoch) {
		return this.jdbc.sql("select today from analytics.rollup_epoch where view = ? and epoch = ?")
			.params(view.code(), epoch)
			.query(LocalDate.class)
			.optional();
	}

}
