package vn.danvan.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The maintained sums: rebuilt per period from reporting's published views, changed by
 * deltas when a report enters or leaves an inclusion, read by key for dashboards.
 */
@Repository
class AggregateRepository {

	/**
	 * Advisory lock key (first half) per period: deltas share it, a rebuild holds it
	 * alone.
	 */
	static final int PERIOD_LOCK = 730502;

	/**
	 * Advisory lock key (first half) of the one transaction adding up waiting changes.
	 */
	static final int FOLD_LOCK = 730503;

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

	/**
	 * What a unit adds up to, read for a set of periods: the sums kept of what lies
	 * strictly below it, plus its own reports (in today's structure, also those of the
	 * units that became it), read from reporting at depth 0 of the period's map.
	 */
	private static final String READ = """
			select period_id, unit_id, indicator_id, item, sum(total), sum(reported), sum(approximate)
			  from (
			    select a.period_id, a.unit_id, a.indicator_id, a.item,
			           case when :i = 'S' then a.total_submitted else a.total_approved end as total,
			           case when :i = 'S' then a.reported_submitted else a.reported_approved end as reported,
			           case when :i = 'S' then a.approximate_submitted else a.approximate_approved end as approximate
			      from analytics.period_state ps
			      join analytics.aggregate a on a.period_id = ps.period_id
			                                and a.view = case when ps.current_same then 'A' else :v end
			     where ps.period_id in (:periods) and a.unit_id in (:units) %1$s
			    union all
			    select v.period_id, r.target_id, v.indicator_id, v.item, v.value, 1,
			           case when r.approximate then 1 else 0 end
			      from analytics.period_state ps
			      join analytics.rollup r on r.view = case when ps.current_same then 'A' else :v end
			                             and r.epoch = ps.epoch and r.target_id in (:units) and (r.depth = 0 or not r.kept)
			      join reporting.reported_value v on v.period_id = ps.period_id and v.unit_id = r.unit_id
			     where ps.period_id in (:periods) and (v.state = 'APPROVED' or (:i = 'S' and v.state = 'SUBMITTED')) %2$s
			  ) x
			 group by period_id, unit_id, indicator_id, item
			having sum(reported) > 0
			""";

	private final JdbcClient jdbc;

	AggregateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void lockPeriodAlone(long periodId) {
		this.jdbc.sql("select pg_advisory_xact_lock(?, ?)")
			.params(PERIOD_LOCK, (int) periodId)
			.query(Object.class)
			.single();
	}

	/**
	 * Takes the right to add up waiting changes until the end of the transaction, unless
	 * another transaction holds it.
	 */
	boolean tryLockFold() {
		return this.jdbc.sql("select pg_try_advisory_xact_lock(?, 0)").param(FOLD_LOCK).query(Boolean.class).single();
	}

	boolean anyPending() {
		return this.jdbc.sql("select exists (select 1 from analytics.pending_change)").query(Boolean.class).single();
	}

	void lockPeriodShared(long periodId) {
		this.jdbc.sql("select pg_advisory_xact_lock_shared(?, ?)")
			.params(PERIOD_LOCK, (int) periodId)
			.query(Object.class)
			.single();
	}

	Optional<LocalDate> preparedEpoch(long periodId) {
		return this.jdbc.sql("select epoch from analytics.period_state where period_id = ?")
			.param(periodId)
			.query(LocalDate.class)
			.optional();
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
				   set epoch = excluded.epoch, current_same = excluded.current_same, built_at = now()
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

	long count(long periodId, View view) {
		return this.jdbc.sql("select count(*) from analytics.aggregate where period_id = ? and view = ?")
			.params(periodId, view.code())
			.query(Long.class)
			.single();
	}

	/**
	 * Records that the report's change at this version is being applied.
	 * @return false when it was already applied, or is already in the sums of a rebuild
	 */
	boolean claim(long submissionId, int version, long periodId) {
		Integer rebuilt = this.jdbc.sql("select version from analytics.rebuilt where submission_id = ?")
			.param(submissionId)
			.query(Integer.class)
			.optional()
			.orElse(null);
		if (rebuilt != null && rebuilt >= version) {
			return false;
		}
		return this.jdbc.sql("""
				insert into analytics.applied (submission_id, version, period_id) values (?, ?, ?)
				on conflict do nothing
				""").params(submissionId, version, periodId).update() == 1;
	}

	/**
	 * Queues one change of a report (its figures as JSON: {@code [{i, k, n}]}) to be
	 * added up by the next {@link #fold}; the caller holds the period's lock shared and
	 * has claimed the change.
	 */
	void queue(long periodId, LocalDate epoch, long unitId, String figuresJson, int submittedSign, int approvedSign) {
		this.jdbc.sql("""
				insert into analytics.pending_change (period_id, epoch, unit_id, submitted_sign, approved_sign, figures)
				values (?, ?, ?, ?, ?, cast(? as jsonb))
				""").params(periodId, epoch, unitId, submittedSign, approvedSign, figuresJson).update();
	}

	/**
	 * The periods that have changes waiting, in lock order.
	 */
	List<Long> pendingPeriods() {
		return this.jdbc.sql("select distinct period_id from analytics.pending_change order by period_id")
			.query(Long.class)
			.list();
	}

	/**
	 * The epochs the waiting changes of these periods were queued for.
	 */
	List<LocalDate> pendingEpochs(Collection<Long> periodIds) {
		return this.jdbc.sql("select distinct epoch from analytics.pending_change where period_id in (:p) order by 1")
			.param("p", periodIds)
			.query(LocalDate.class)
			.list();
	}

	/**
	 * Adds every waiting change of these periods into the sums of every unit it adds up
	 * into (strictly above the reporting unit) and into the counts of reports (the unit
	 * itself included), in one statement, and removes them from the queue. The caller
	 * holds the periods' locks (shared, with the fold's lock; or alone) and the maps of
	 * their epochs.
	 * @return the number of changes added up
	 */
	int fold(Collection<Long> periodIds) {
		if (periodIds.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("""
				with taken as (
				    delete from analytics.pending_change where period_id in (:p)
				    returning period_id, epoch, unit_id, submitted_sign, approved_sign, figures
				),
				sums as (
				    insert into analytics.aggregate as a
				           (period_id, view, unit_id, indicator_id, item,
				            total_submitted, reported_submitted, approximate_submitted,
				            total_approved, reported_approved, approximate_approved)
				    select t.period_id, r.view, r.target_id, v.i, v.k,
				           sum(v.n * t.submitted_sign), sum(t.submitted_sign),
				           sum(case when r.approximate then t.submitted_sign else 0 end),
				           sum(v.n * t.approved_sign), sum(t.approved_sign),
				           sum(case when r.approximate then t.approved_sign else 0 end)
				      from taken t
				      join analytics.period_state ps on ps.period_id = t.period_id
				      join analytics.rollup r on r.epoch = t.epoch and r.unit_id = t.unit_id and r.depth > 0 and r.kept
				                             and (r.view = 'A' or not ps.current_same)
				      cross join lateral jsonb_to_recordset(t.figures) as v (i bigint, k text, n numeric)
				     group by t.period_id, r.view, r.target_id, v.i, v.k
				     order by t.period_id, r.view, r.target_id, v.i, v.k
				    on conflict (period_id, view, unit_id, indicator_id, item) do update
				       set total_submitted = a.total_submitted + excluded.total_submitted,
				           reported_submitted = a.reported_submitted + excluded.reported_submitted,
				           approximate_submitted = a.approximate_submitted + excluded.approximate_submitted,
				           total_approved = a.total_approved + excluded.total_approved,
				           reported_approved = a.reported_approved + excluded.reported_approved,
				           approximate_approved = a.approximate_approved + excluded.approximate_approved
				    returning 1
				),
				counts as (
				    update analytics.coverage c
				       set handed_in = c.handed_in + d.submitted, approved = c.approved + d.approved
				      from (
				        select t.period_id, r.view, r.target_id, sum(t.submitted_sign) as submitted,
				               sum(t.approved_sign) as approved
				          from taken t
				          join analytics.period_state ps on ps.period_id = t.period_id
				          join analytics.rollup r on r.epoch = t.epoch and r.unit_id = t.unit_id and r.kept
				                                 and (r.view = 'A' or not ps.current_same)
				         group by t.period_id, r.view, r.target_id
				      ) d
				     where c.period_id = d.period_id and c.view = d.view and c.unit_id = d.target_id
				    returning 1
				)
				select (select count(*) from taken), (select count(*) from sums), (select count(*) from counts)
				""").param("p", periodIds).query((rs, n) -> rs.getInt(1)).single();
	}

	List<Sum> sums(Collection<Long> periodIds, View view, Inclusion inclusion, long unitId) {
		if (periodIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(READ.formatted("", ""))
			.param("periods", periodIds)
			.param("v", view.code())
			.param("i", inclusion.code())
			.param("units", List.of(unitId))
			.query(AggregateRepository::sum)
			.list();
	}

	List<Sum> sumsOfUnits(long periodId, View view, Inclusion inclusion, Collection<Long> unitIds,
			Collection<Long> indicatorIds) {
		if (unitIds.isEmpty() || indicatorIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql(READ.formatted("and a.indicator_id in (:indicators)", "and v.indicator_id in (:indicators)"))
			.param("periods", List.of(periodId))
			.param("v", view.code())
			.param("i", inclusion.code())
			.param("units", unitIds)
			.param("indicators", indicatorIds)
			.query(AggregateRepository::sum)
			.list();
	}

	/**
	 * Minimum or maximum of an indicator over the reports adding up into the unit: not
	 * invertible, so computed from the reports when read.
	 */
	List<Sum> extremes(long periodId, LocalDate epoch, View view, Inclusion inclusion, long unitId, long indicatorId,
			boolean minimum) {
		return this.jdbc.sql("""
				select v.period_id, r.target_id, v.indicator_id, v.item, %s(v.value), count(*),
				       count(*) filter (where r.approximate)
				  from reporting.reported_value v
				  join analytics.rollup r on r.view = :v and r.epoch = :e and r.unit_id = v.unit_id and r.target_id = :u
				 where v.period_id = :p and v.indicator_id = :indicator
				   and (v.state = 'APPROVED' or (:i = 'S' and v.state = 'SUBMITTED'))
				 group by v.period_id, r.target_id, v.indicator_id, v.item
				""".formatted(minimum ? "min" : "max"))
			.param("p", periodId)
			.param("e", epoch)
			.param("v", view.code())
			.param("i", inclusion.code())
			.param("u", unitId)
			.param("indicator", indicatorId)
			.query(AggregateRepository::sum)
			.list();
	}

	/**
	 * The reports expected below a unit (itself included) in each period, with the unit
	 * of today's tree each one's unit became (its lineage: what a comparison between two
	 * periods matches on, so that two communes merged since are compared with the commune
	 * they formed) and whether the report is counted in the inclusion. For a unit split
	 * since, the first of the units it became.
	 */
	List<Reporter> reporters(Collection<Long> periodIds, View view, Inclusion inclusion, long unitId) {
		if (periodIds.isEmpty()) {
			return List.of();
		}
		// One statement per period, with its epoch and view as constants: joined with
		// analytics.period_state in one statement, the planner can estimate neither and
		// reads each unit's reports of every period through submission_unit (seven times
		// slower at the centre of the national data set).
		List<Reporter> reporters = new ArrayList<>();
		for (long periodId : periodIds) {
			Optional<Map.Entry<LocalDate, Boolean>> state = this.jdbc
				.sql("select ps.epoch, ps.current_same from analytics.period_state ps where ps.period_id = ?")
				.param(periodId)
				.query((rs, n) -> Map.entry(rs.getObject(1, LocalDate.class), rs.getBoolean(2)))
				.optional();
			if (state.isEmpty()) {
				continue;
			}
			LocalDate epoch = state.get().getKey();
			String rollupView = state.get().getValue() ? "A" : view.code();
			reporters.addAll(this.jdbc.sql("""
					select s.period_id, s.unit_id, min(c.target_id),
					       bool_or(s.state = 'APPROVED' or (:i = 'S' and s.state = 'SUBMITTED'))
					  from analytics.rollup r
					  join reporting.report_state s on s.period_id = :p and s.unit_id = r.unit_id
					  left join analytics.rollup c on c.view = 'C' and c.epoch = :e and c.unit_id = s.unit_id
					                              and c.depth = 0
					 where r.view = :v and r.epoch = :e and r.target_id = :u
					 group by s.period_id, s.unit_id
					""")
				.param("p", periodId)
				.param("e", epoch)
				.param("v", rollupView)
				.param("i", inclusion.code())
				.param("u", unitId)
				.query((rs, n) -> {
					long unit = rs.getLong(2);
					long lineage = rs.getLong(3);
					return new Reporter(rs.getLong(1), unit, rs.wasNull() ? unit : lineage, rs.getBoolean(4));
				})
				.list());
		}
		return reporters;
	}

	/**
	 * The figures of some reports of a period added up (counted in the inclusion), as if
	 * they were all that lies below the unit: the sums over the units two periods have in
	 * common, or over those they do not (subtracted from the totals).
	 */
	List<Sum> sumsOfReports(long periodId, Inclusion inclusion, long unitId, Collection<Long> reportingUnitIds) {
		if (reportingUnitIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select v.period_id, cast(:u as bigint), v.indicator_id, v.item, sum(v.value), count(*), 0
				  from reporting.reported_value v
				 where v.period_id = :p and v.unit_id = any(cast(:units as bigint[]))
				   and (v.state = 'APPROVED' or (:i = 'S' and v.state = 'SUBMITTED'))
				 group by v.period_id, v.indicator_id, v.item
				""")
			.param("p", periodId)
			.param("u", unitId)
			.param("i", inclusion.code())
			.param("units", reportingUnitIds.toArray(Long[]::new))
			.query(AggregateRepository::sum)
			.list();
	}

	/**
	 * Minimum or maximum of an indicator over some reports of a period (the units two
	 * periods have in common).
	 */
	List<Sum> extremesOfReports(long periodId, Inclusion inclusion, long unitId, long indicatorId, boolean minimum,
			Collection<Long> reportingUnitIds) {
		if (reportingUnitIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select v.period_id, cast(:u as bigint), v.indicator_id, v.item, %s(v.value), count(*), 0
				  from reporting.reported_value v
				 where v.period_id = :p and v.indicator_id = :indicator and v.unit_id = any(cast(:units as bigint[]))
				   and (v.state = 'APPROVED' or (:i = 'S' and v.state = 'SUBMITTED'))
				 group by v.period_id, v.indicator_id, v.item
				""".formatted(minimum ? "min" : "max"))
			.param("p", periodId)
			.param("u", unitId)
			.param("i", inclusion.code())
			.param("indicator", indicatorId)
			.param("units", reportingUnitIds.toArray(Long[]::new))
			.query(AggregateRepository::sum)
			.list();
	}

	Optional<Coverage> coverage(long periodId, View view, long unitId) {
		return coverageOfUnits(periodId, view, List.of(unitId)).stream().findFirst().map(UnitCoverage::coverage);
	}

	/**
	 * How many reports are expected below each unit (itself included), handed in and
	 * approved: kept for the units keeping sums, counted from the reports when read for
	 * the others (ADR 20), as their figures are.
	 */
	List<UnitCoverage> coverageOfUnits(long periodId, View view, Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select c.unit_id, c.expected, c.handed_in, c.approved, c.approximate
				  from analytics.period_state ps
				  join analytics.coverage c on c.period_id = ps.period_id
				                           and c.view = case when ps.current_same then 'A' else :v end
				 where ps.period_id = :p and c.unit_id in (:units)
				union all
				select r.target_id, count(*), count(*) filter (where s.state in ('SUBMITTED', 'APPROVED')),
				       count(*) filter (where s.state = 'APPROVED'), count(*) filter (where r.approximate)
				  from analytics.period_state ps
				  join analytics.rollup r on r.view = case when ps.current_same then 'A' else :v end
				                         and r.epoch = ps.epoch and r.target_id in (:units) and not r.kept
				  join reporting.report_state s on s.period_id = ps.period_id and s.unit_id = r.unit_id
				 where ps.period_id = :p
				 group by r.target_id
				""")
			.param("p", periodId)
			.param("v", view.code())
			.param("units", unitIds)
			.query((rs, n) -> new UnitCoverage(rs.getLong(1),
					new Coverage(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5) > 0)))
			.list();
	}

	List<Long> periodsWithReports() {
		return this.jdbc.sql("select distinct period_id from reporting.report_state order by period_id")
			.query(Long.class)
			.list();
	}

	/**
	 * Compares the maintained sums and counts of a period with a recomputation from the
	 * reports.
	 * @return the keys that differ, as text, at most {@code limit}
	 */
	List<String> differences(long periodId, LocalDate epoch, int limit) {
		return this.jdbc
			.sql("""
					with expected as (
					    select r.view, r.target_id as unit_id, v.indicator_id, v.item,
					           sum(v.value) as total_submitted, count(*) as reported_submitted,
					           coalesce(sum(v.value) filter (where v.state = 'APPROVED'), 0) as total_approved,
					           count(*) filter (where v.state = 'APPROVED') as reported_approved
					      from reporting.reported_value v
					      join analytics.rollup r on r.epoch = :e and r.unit_id = v.unit_id and r.depth > 0 and r.kept
					     where v.period_id = :p and v.state in ('SUBMITTED', 'APPROVED')
					     group by r.view, r.target_id, v.indicator_id, v.item
					),
					copies as (
					    select 'A' as kept_view, 'A' as view
					    union all
					    select case when current_same then 'A' else 'C' end, 'C'
					      from analytics.period_state where period_id = :p
					),
					kept as (
					    select c.view, a.unit_id, a.indicator_id, a.item, a.total_submitted, a.reported_submitted,
					           a.total_approved, a.reported_approved
					      from analytics.aggregate a
					      join copies c on c.kept_view = a.view
					     where a.period_id = :p and a.reported_submitted <> 0
					),
					sums as (
					    select coalesce(e.view, k.view) || ' unit '
					           || coalesce(e.unit_id, k.unit_id) || ' indicator ' || coalesce(e.indicator_id, k.indicator_id)
					           || coalesce('.' || nullif(coalesce(e.item, k.item), ''), '') || ': kept '
					           || coalesce(k.total_submitted::text || ' (' || k.reported_submitted || '), approved '
					                       || k.total_approved || ' (' || k.reported_approved || ')', 'nothing')
					           || ', recomputed '
					           || coalesce(e.total_submitted::text || ' (' || e.reported_submitted || '), approved '
					                       || e.total_approved || ' (' || e.reported_approved || ')', 'nothing') as difference
					      from expected e
					      full join kept k using (view, unit_id, indicator_id, item)
					     where (e.total_submitted, e.reported_submitted, e.total_approved, e.reported_approved)
					           is distinct from (k.total_submitted, k.reported_submitted, k.total_approved, k.reported_approved)
					),
					counts as (
					    select coalesce(e.view, k.view) || ' unit ' || coalesce(e.unit_id, k.unit_id) || ': kept '
					           || coalesce(k.expected || '/' || k.handed_in || '/' || k.approved, 'nothing') || ', recomputed '
					           || coalesce(e.expected || '/' || e.handed_in || '/' || e.approved, 'nothing')
					      from (select r.view, r.target_id as unit_id, count(*) as expected,
					                   count(*) filter (where s.state in ('SUBMITTED', 'APPROVED')) as handed_in,
					                   count(*) filter (where s.state = 'APPROVED') as approved
					              from reporting.report_state s
					              join analytics.rollup r on r.epoch = :e and r.unit_id = s.unit_id and r.kept
					             where s.period_id = :p
					             group by r.view, r.target_id) e
					      full join (select c.view, k.unit_id, k.expected, k.handed_in, k.approved
					                   from analytics.coverage k
					                   join copies c on c.kept_view = k.view
					                  where k.period_id = :p) k using (view, unit_id)
					     where (e.expected, e.handed_in, e.approved) is distinct from (k.expected, k.handed_in, k.approved)
					)
					select difference from sums
					union all
					select * from counts
					limit :limit
					""")
			.param("p", periodId)
			.param("e", epoch)
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	long count(long periodId) {
		return this.jdbc.sql("select count(*) from analytics.aggregate where period_id = ? and reported_submitted <> 0")
			.param(periodId)
			.query(Long.class)
			.single();
	}

	record Sum(long periodId, long unitId, long indicatorId, String item, BigDecimal total, int reported,
			boolean approximate) {
	}

	record UnitCoverage(long unitId, Coverage coverage) {
	}

	/**
	 * A report expected in a period: its unit, the unit of today it became, and whether
	 * it is counted in the inclusion.
	 */
	record Reporter(long periodId, long unitId, long lineage, boolean counted) {
	}

	private static Sum sum(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Sum(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getBigDecimal(5), rs.getInt(6),
				rs.getInt(7) > 0);
	}

}
