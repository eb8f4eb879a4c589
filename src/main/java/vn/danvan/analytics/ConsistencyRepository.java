package vn.danvan.analytics;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The consistency check: the maintained sums and counts of a period compared with a
 * recomputation from the reports, and how many sums are kept.
 */
@Repository
class ConsistencyRepository {

	private final JdbcClient jdbc;

	ConsistencyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long count(long periodId, View view) {
		return this.jdbc.sql("select count(*) from analytics.aggregate where period_id = ? and view = ?")
			.params(periodId, view.code())
			.query(Long.class)
			.single();
	}

	long count(long periodId) {
		return this.jdbc.sql("select count(*) from analytics.aggregate where period_id = ? and reported_submitted <> 0")
			.param(periodId)
			.query(Long.class)
			.single();
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

}
