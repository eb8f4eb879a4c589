package vn.danvan.analytics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
	 * The stamp of each prepared period: how many times changes were added up into it and
	 * when it was last rebuilt (both move in the transaction that changes its sums or the
	 * tree).
	 */
	Map<Long, String> stamps(Collection<Long> periodIds) {
		Map<Long, String> stamps = new HashMap<>();
		this.jdbc.sql("select period_id, changes, built_at from analytics.period_state where period_id in (:p)")
			.param("p", periodIds)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2) + "@" + rs.getObject(3, OffsetDateTime.class)))
			.list()
			.forEach((e) -> stamps.put(e.getKey(), e.getValue()));
		return stamps;
	}

	/**
	 * The figures of some sets of reports added up, each set in its period and counted in
	 * the inclusion, as if they were all that lies below the unit (the units two periods
	 * have in common, or those they do not, subtracted from the totals), in one read.
	 * @return the sums of each set, by its tag
	 */
	Map<Integer, List<Sum>> sumsOfReports(List<Reports> sets, Inclusion inclusion, long unitId) {
		Map<Integer, List<Sum>> sums = new HashMap<>();
		List<Integer> tags = new ArrayList<>();
		List<Long> periods = new ArrayList<>();
		List<Long> units = new ArrayList<>();
		for (Reports set : sets) {
			for (long unit : set.reportingUnitIds()) {
				tags.add(set.tag());
				periods.add(set.periodId());
				units.add(unit);
			}
		}
		if (units.isEmpty()) {
			return sums;
		}
		this.jdbc.sql("""
				select x.tag, v.period_id, cast(:u as bigint), v.indicator_id, v.item, sum(v.value), count(*), 0
				  from unnest(cast(:tags as int[]), cast(:periods as bigint[]), cast(:units as bigint[]))
				       as x (tag, period_id, unit_id)
				  join reporting.reported_value v on v.period_id = x.period_id and v.unit_id = x.unit_id
				 where v.state = 'APPROVED' or (:i = 'S' and v.state = 'SUBMITTED')
				 group by x.tag, v.period_id, v.indicator_id, v.item
				""")
			.param("u", unitId)
			.param("i", inclusion.code())
			.param("tags", tags.toArray(Integer[]::new))
			.param("periods", periods.toArray(Long[]::new))
			.param("units", units.toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getInt(1),
					new Sum(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getBigDecimal(6),
							rs.getInt(7), rs.getInt(8) > 0)))
			.list()
			.forEach((e) -> sums.computeIfAbsent(e.getKey(), (k) -> new ArrayList<>()).add(e.getValue()));
		return sums;
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

	/**
	 * A set of reports of a period to add up, under a tag.
	 */
	record Reports(int tag, long periodId, Collection<Long> reportingUnitIds) {
	}

}
