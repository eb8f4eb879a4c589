package vn.danvan.analytics;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The deltas (ADR 18): the periods' advisory locks, the claim of a report's change, the
 * queue of waiting changes and the one statement that adds them up into the sums.
 */
@Repository
class DeltaRepository {

	/**
	 * Advisory lock key (first half) per period: deltas share it, a rebuild holds it
	 * alone.
	 */
	static final int PERIOD_LOCK = 730502;

	/**
	 * Advisory lock key (first half) of the one transaction adding up waiting changes.
	 */
	static final int FOLD_LOCK = 730503;

	private final JdbcClient jdbc;

	DeltaRepository(JdbcClient jdbc) {
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
				),
				stamps as (
				    update analytics.period_state ps set changes = ps.changes + 1
				     where ps.period_id in (select period_id from taken)
				    returning 1
				)
				select (select count(*) from taken), (select count(*) from sums), (select count(*) from counts),
				       (select count(*) from stamps)
				""").param("p", periodIds).query((rs, n) -> rs.getInt(1)).single();
	}

}
