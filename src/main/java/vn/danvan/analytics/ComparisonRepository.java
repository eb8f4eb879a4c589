package vn.danvan.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.danvan.analytics.AggregateRepository.Sum;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reads of a comparison between two periods matched unit by unit: the reports
 * expected below a unit with the unit of today each one became, and the figures of some
 * reports added up (the units two periods have in common, or those they do not).
 */
@Repository
class ComparisonRepository {

	private final JdbcClient jdbc;

	ComparisonRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	/**
	 * A report expected in a period: its unit, the unit of today it became, and whether
	 * it is counted in the inclusion.
	 */
	record Reporter(long periodId, long unitId, long lineage, boolean counted) {
	}

}
