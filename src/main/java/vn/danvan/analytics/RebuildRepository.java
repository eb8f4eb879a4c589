package vn.danvan.analytics;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rebuild of the maintained sums of one or several periods from reporting's published
 * views, in one pass over their values (ADR 19, ADR 20).
 */
@Repository
class RebuildRepository {

	/**
	 * Periods × kept units read by one pass of a rebuild at most (about 200 sums each, so
	 * some 200,000 groups in memory).
	 */
	private static final int KEPT_UNITS_PER_STATEMENT = 1000;

	/**
	 * The pass of a rebuild over the values of one or several periods of the same tree:
	 * each value into the sums of the nearest unit above its own that keeps sums, as the
	 * tree was (carried further up afterwards, {@link #LEVEL}). A {@code CREATE TABLE AS}
	 * over real tables only, so that PostgreSQL runs it on parallel workers (an
	 * {@code INSERT … SELECT}, or a read of a temporary table, would run on one).
	 */
	private static final String VALUES = """
			create temp table rebuild_values on commit drop as
			select v.period_id, f.target_id as unit_id, v.indicator_id, v.item,
			       sum(v.value) as total_submitted, count(*) as reported_submitted,
			       coalesce(sum(v.value) filter (where v.state = 'APPROVED'), 0) as total_approved,
			       count(*) filter (where v.state = 'APPROVED') as reported_approved
			  from reporting.reported_value v
			  join analytics.first_kept f on f.epoch = :e and f.unit_id = v.unit_id
			 where v.period_id in (:p) and v.state in ('SUBMITTED', 'APPROVED')
			 group by v.period_id, f.target_id, v.indicator_id, v.item
			""";

	/**
	 * Today's structure when its map differs from the tree of the periods (periods before
	 * a reorganisation): every value joined to every unit keeping sums it adds up into,
	 * since a unit split between several units of today cannot be added up level by level
	 * without counting it twice higher up. Parallel, as {@link #VALUES}.
	 */
	private static final String CURRENT_BY_CLOSURE = """
			create temp table rebuild_current on commit drop as
			select v.period_id, r.view, r.target_id as unit_id, v.indicator_id, v.item,
			       sum(v.value) as total_submitted, count(*) as reported_submitted,
			       count(*) filter (where r.approximate) as approximate_submitted,
			       coalesce(sum(v.value) filter (where v.state = 'APPROVED'), 0) as total_approved,
			       count(*) filter (where v.state = 'APPROVED') as reported_approved,
			       count(*) filter (where v.state = 'APPROVED' and r.approximate) as approximate_approved
			  from reporting.reported_value v
			  join analytics.rollup r on r.view = 'C' and r.epoch = :e and r.unit_id = v.unit_id and r.depth > 0 and r.kept
			 where v.period_id in (:p) and v.state in ('SUBMITTED', 'APPROVED')
			 group by v.period_id, r.view, r.target_id, v.indicator_id, v.item
			""";

	/**
	 * The rebuilt sums into the kept ones: a sum that did not change is not written.
	 */
	private static final String REPLACE = """
			insert into analytics.aggregate as a (period_id, view, unit_id, indicator_id, item,
			                                      total_submitted, reported_submitted, approximate_submitted,
			                                      total_approved, reported_approved, approximate_approved)
			select period_id, view, unit_id, indicator_id, item, total_submitted, reported_submitted, approximate_submitted,
			       total_approved, reported_approved, approximate_approved
			  from pg_temp.rebuild_result
			on conflict (period_id, view, unit_id, indicator_id, item) do update
			   set total_submitted = excluded.total_submitted, reported_submitted = excluded.reported_submitted,
			       approximate_submitted = excluded.approximate_submitted, total_approved = excluded.total_approved,
			       reported_approved = excluded.reported_approved, approximate_approved = excluded.approximate_approved
			 where (a.total_submitted, a.reported_submitted, a.approximate_submitted,
			        a.total_approved, a.reported_approved, a.approximate_approved)
			       is distinct from (excluded.total_submitted, excluded.reported_submitted, excluded.approximate_submitted,
			                         excluded.total_approved, excluded.reported_approved, excluded.approximate_approved)
			""";

	/**
	 * How many units below each unit keeping sums (itself included) are expected to
	 * report, have handed in and are approved; counted when read for the others.
	 */
	private static final String COUNTS = """
			insert into analytics.coverage (period_id, view, unit_id, expected, handed_in, approved, approximate)
			select s.period_id, r.view, r.target_id, count(*),
			       count(*) filter (where s.state in ('SUBMITTED', 'APPROVED')),
			       count(*) filter (where s.state = 'APPROVED'),
			       count(*) filter (where r.approximate)
			  from reporting.report_state s
			  join analytics.rollup r on r.epoch = :e and r.unit_id = s.unit_id and r.kept
			 where s.period_id in (:p) and (r.view = 'A' or not :same)
			 group by s.period_id, r.view, r.target_id
			""";

	/**
	 * The version of every report read: a change of a report up to that version is in the
	 * sums already. Marks that would not change are not written again.
	 */
	private static final String MARKS = """
			insert into analytics.rebuilt as m (submission_id, period_id, version)
			select submission_id, period_id, version from reporting.report_state where period_id in (:p)
			on conflict (submission_id) do update set version = excluded.version, period_id = excluded.period_id
			 where (m.version, m.period_id) is distinct from (excluded.version, excluded.period_id)
			""";

	/**
	 * One level of the units keeping sums carried up, deepest first: what the units with
	 * {@code :level} such units above them hold (complete, since every level below was
	 * carried up before) goes into the nearest unit keeping sums above them.
	 */
	private static final String LEVEL = """
			insert into pg_temp.rebuild_sum (period_id, unit_id, indicator_id, item,
			                                 total_submitted, reported_submitted, total_approved, reported_approved)
			select s.period_id, k.parent_id, s.indicator_id, s.item,
			       sum(s.total_submitted), sum(s.reported_submitted), sum(s.total_approved), sum(s.reported_approved)
			  from pg_temp.rebuild_sum s
			  join pg_temp.rebuild_kept k on k.unit_id = s.unit_id
			 where k.kept_level = :level and k.parent_id is not null
			 group by s.period_id, k.parent_id, s.indicator_id, s.item
			""";

	private final JdbcClient jdbc;

	RebuildRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Replaces the sums of one or several periods of the same tree (their epoch) with a
	 * recomputation from the reports, in one pass over their values: each value is read
	 * once into the nearest unit keeping sums above it, then those units are carried up
	 * level by level (ADR 19). The caller holds the periods' locks alone and the maps of
	 * the epoch in another transaction, and calls this in a transaction of its own at
	 * {@code REPEATABLE READ} begun after taking them (ADR 20): its statements then read
	 * reporting as of one moment. The working tables are dropped at its end.
	 * @param betweenReads given the periods, run between the pass over the values and the
	 * reads of the reports' states and versions (where a test commits a change)
	 * @return the number of sums written
	 */
	long rebuild(Collection<Long> periodIds, LocalDate epoch, Consumer<Collection<Long>> betweenReads) {
		if (periodIds.isEmpty()) {
			return 0;
		}
		this.jdbc.sql("delete from analytics.coverage where period_id in (:p)").param("p", periodIds).update();
		boolean sameMaps = sameMaps(epoch);
		this.jdbc.sql("drop table if exists pg_temp.rebuild_kept, pg_temp.rebuild_sum, pg_temp.rebuild_result")
			.update();
		// Grouping in memory: a few hundred sums per unit keeping them and period.
		this.jdbc.sql("set local work_mem = '128MB'").update();
		this.jdbc
			.sql("""
					create temp table rebuild_kept on commit drop as
					select k.unit_id, f.target_id as parent_id,
					       (select count(*) from analytics.rollup a
					         where a.view = 'A' and a.epoch = :e and a.unit_id = k.unit_id and a.depth > 0 and a.kept) as kept_level
					  from (select distinct target_id as unit_id from analytics.rollup
					        where view = 'A' and epoch = :e and kept and depth > 0) k
					  left join analytics.first_kept f on f.epoch = :e and f.unit_id = k.unit_id
					""")
			.param("e", epoch)
			.update();
		this.jdbc
			.sql("""
					create temp table rebuild_sum (
					    period_id bigint not null, unit_id bigint not null, indicator_id bigint not null, item text not null,
					    total_submitted numeric not null, reported_submitted int not null,
					    total_approved numeric not null, reported_approved int not null
					) on commit drop
					""")
			.update();
		// As many periods per pass as keep the groups in memory: a few hundred sums per
		// kept unit and period (35 kept units today; some 700 with the districts before
		// 2025, then one period per pass).
		int kept = this.jdbc.sql("select count(*) from pg_temp.rebuild_kept").query(Integer.class).single();
		int perPass = Math.max(1, KEPT_UNITS_PER_STATEMENT / Math.max(1, kept));
		this.jdbc
			.sql("""
					create temp table rebuild_result (
					    period_id bigint not null, view char(1) not null, unit_id bigint not null,
					    indicator_id bigint not null, item text not null,
					    total_submitted numeric not null, reported_submitted int not null, approximate_submitted int not null,
					    total_approved numeric not null, reported_approved int not null, approximate_approved int not null
					) on commit drop
					""")
			.update();
		List<Long> ids = List.copyOf(periodIds);
		for (int from = 0; from < ids.size(); from += perPass) {
			List<Long> pass = ids.subList(from, Math.min(ids.size(), from + perPass));
			this.jdbc.sql(VALUES).param("p", pass).param("e", epoch).update();
			this.jdbc.sql("insert into pg_temp.rebuild_sum select * from pg_temp.rebuild_values").update();
			this.jdbc.sql("drop table pg_temp.rebuild_values").update();
			if (!sameMaps) {
				this.jdbc.sql(CURRENT_BY_CLOSURE).param("p", pass).param("e", epoch).update();
				this.jdbc.sql("insert into pg_temp.rebuild_result select * from pg_temp.rebuild_current").update();
				this.jdbc.sql("drop table pg_temp.rebuild_current").update();
			}
		}
		betweenReads.accept(periodIds);
		this.jdbc.sql(COUNTS).param("p", periodIds).param("e", epoch).param("same", sameMaps).update();
		this.jdbc.sql(MARKS).param("p", periodIds).update();
		int deepest = this.jdbc.sql("select coalesce(max(kept_level), 0) from pg_temp.rebuild_kept")
			.query(Integer.class)
			.single();
		for (int level = deepest; level >= 1; level--) {
			this.jdbc.sql(LEVEL).param("level", level).update();
		}
		long written = this.jdbc.sql("""
				insert into pg_temp.rebuild_result (period_id, view, unit_id, indicator_id, item,
				                                    total_submitted, reported_submitted, approximate_submitted,
				                                    total_approved, reported_approved, approximate_approved)
				select period_id, 'A', unit_id, indicator_id, item,
				       sum(total_submitted), sum(reported_submitted), 0, sum(total_approved), sum(reported_approved), 0
				  from pg_temp.rebuild_sum
				 group by period_id, unit_id, indicator_id, item
				""").update();
		if (!sameMaps) {
			written = this.jdbc.sql("select count(*) from pg_temp.rebuild_result").query(Long.class).single();
		}
		this.jdbc.sql("analyze pg_temp.rebuild_result").update();
		// The sums replaced in place, and only those that changed: deleting them all and
		// inserting them again made every insert check the dead row of its key.
		this.jdbc.sql(REPLACE).update();
		this.jdbc.sql("""
				delete from analytics.aggregate a
				 where a.period_id in (:p)
				   and not exists (select 1 from pg_temp.rebuild_result r
				                    where (r.period_id, r.view, r.unit_id, r.indicator_id, r.item)
				                        = (a.period_id, a.view, a.unit_id, a.indicator_id, a.item))
				""").param("p", periodIds).update();
		this.jdbc.sql("delete from analytics.applied where period_id in (:p)").param("p", periodIds).update();
		this.jdbc.sql("delete from analytics.pending_change where period_id in (:p)").param("p", periodIds).update();
		this.jdbc.sql("""
				insert into analytics.period_state (period_id, epoch, current_same)
				select p, :e, :same from unnest(cast(:ids as bigint[])) as p
				on conflict (period_id) do update
				   set epoch = excluded.epoch, current_same = excluded.current_same, built_at = now(),
				       changes = analytics.period_state.changes + 1
				""").param("e", epoch).param("same", sameMaps).param("ids", periodIds.toArray(Long[]::new)).update();
		return written;
	}

	/**
	 * True when today's structure is, for the epoch, the tree as it was (no unit of the
	 * epoch merged, split or closed since): the sums of both views are then the same.
	 */
	private boolean sameMaps(LocalDate epoch) {
		return this.jdbc
			.sql("""
					select (select count(*) from analytics.rollup where view = 'A' and epoch = :e)
					     = (select count(*) from analytics.rollup where view = 'C' and epoch = :e)
					   and not exists (
					       select unit_id, target_id, depth, approximate from analytics.rollup where view = 'A' and epoch = :e
					       except
					       select unit_id, target_id, depth, approximate from analytics.rollup where view = 'C' and epoch = :e)
					""")
			.param("e", epoch)
			.query(Boolean.class)
			.single();
	}

}
