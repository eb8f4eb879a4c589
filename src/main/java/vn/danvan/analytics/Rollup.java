package vn.danvan.analytics;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import vn.danvan.reporting.Period;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportedValue;
import vn.danvan.units.UnitScope;

/**
 * Keeps the sums of every period right: prepares a period the first time it is needed
 * (one set-based rebuild), then applies each report's change exactly once as a delta to
 * every unit it adds up into.
 */
@Service
class Rollup {

	private static final Logger log = LoggerFactory.getLogger(Rollup.class);

	private final RollupRepository maps;

	private final AggregateRepository aggregates;

	private final Periods periods;

	private final TransactionTemplate transactions;

	private final JsonMapper json = JsonMapper.builder().build();

	Rollup(RollupRepository maps, AggregateRepository aggregates, Periods periods,
			PlatformTransactionManager transactionManager) {
		this.maps = maps;
		this.aggregates = aggregates;
		this.periods = periods;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * The epoch the period's sums were built for, preparing them first if needed.
	 */
	LocalDate prepared(Period period) {
		LocalDate epoch = this.transactions
			.execute((status) -> this.aggregates.preparedEpoch(period.id()).orElse(null));
		return (epoch != null) ? epoch : rebuild(period);
	}

	/**
	 * Recomputes the period's sums from the reports, in one transaction that holds the
	 * period alone.
	 * @return the epoch of the tree the sums follow
	 */
	LocalDate rebuild(Period period) {
		return this.transactions.execute((status) -> {
			this.aggregates.lockPeriodAlone(period.id());
			LocalDate today = UnitScope.today();
			LocalDate epoch = this.maps.epochOf(Periods.unitDate(period));
			this.maps.ensure(View.AS_WAS, epoch, today);
			this.maps.ensure(View.CURRENT, epoch, today);
			long written = this.aggregates.rebuild(period.id(), epoch);
			log.debug("Rebuilt {} sums of period {}", written, period.id());
			return epoch;
		});
	}

	/**
	 * Applies one change of a report: {@code submittedSign} and {@code approvedSign} say
	 * whether it entered (+1) or left (-1) each inclusion.
	 */
	void apply(long submissionId, int version, long periodId, long unitId, List<ReportedValue> values,
			int submittedSign, int approvedSign) {
		Period period = this.periods.find(periodId).orElse(null);
		if (period == null) {
			return;
		}
		prepared(period);
		String delta = json(values);
		this.transactions.executeWithoutResult((status) -> {
			this.aggregates.lockPeriodShared(periodId);
			LocalDate epoch = this.aggregates.preparedEpoch(periodId).orElseThrow();
			if (!this.aggregates.claim(submissionId, version, periodId)) {
				return;
			}
			LocalDate today = UnitScope.today();
			this.maps.ensure(View.AS_WAS, epoch, today);
			this.maps.ensure(View.CURRENT, epoch, today);
			this.aggregates.applyDelta(periodId, epoch, unitId, delta, submittedSign, approvedSign);
		});
	}

	private String json(List<ReportedValue> values) {
		List<Map<String, Object>> rows = values.stream().map((value) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("i", value.indicatorId());
			row.put("k", value.item());
			row.put("n", value.value());
			return row;
		}).toList();
		return this.json.writeValueAsString(rows);
	}

}
