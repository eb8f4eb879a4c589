package vn.danvan.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The maintained sums read by key for dashboards and figure pages: what a unit adds up to
 * (the sums kept below it plus its own reports), extremes computed from the reports, and
 * how many reports are expected, handed in and approved. Kept up to date by
 * {@link DeltaRepository} and {@link RebuildRepository}.
 */
@Repository
class AggregateRepository {

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

	record Sum(long periodId, long unitId, long indicatorId, String item, BigDecimal total, int reported,
			boolean approximate) {
	}

	record UnitCoverage(long unitId, Coverage coverage) {
	}

	static Sum sum(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Sum(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getBigDecimal(5), rs.getInt(6),
				rs.getInt(7) > 0);
	}

}
