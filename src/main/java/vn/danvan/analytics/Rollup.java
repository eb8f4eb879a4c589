package vn.danvan.analytics;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
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

	private static final int ATTEMPTS = 5;

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
		// Each step commits on its own, also inside a listener's or a caller's
		// transaction, so
		// that a step PostgreSQL picks as a deadlock's loser can be run again.
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The epoch the period's sums were built for, preparing them first if needed; the
	 * maps of the epoch exist when it returns (unless the tree changes at that moment).
	 */
	LocalDate prepared(Period period) {
		LocalDate epoch = retrying(() -> {
			LocalDate prepared = this.aggregates.preparedEpoch(period.id()).orElse(null);
			if (prepared != null) {
				this.maps.use(prepared, UnitScope.today());
			}
			return prepared;
		});
		return (epoch != null) ? epoch : rebuild(period);
	}

	/**
	 * Recomputes the period's sums from the reports, in one transaction that holds the
	 * period alone.
	 * @return the epoch of the tree the sums follow
	 */
	LocalDate rebuild(Period period) {
		return retrying(() -> {
			this.aggregates.lockPeriodAlone(period.id());
			LocalDate epoch = this.maps.epochOf(Periods.unitDate(period));
			this.maps.use(epoch, UnitScope.today());
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
		retrying(() -> {
			this.aggregates.lockPeriodShared(periodId);
			LocalDate epoch = this.aggregates.preparedEpoch(periodId).orElseThrow();
			if (!this.aggregates.claim(submissionId, version, periodId)) {
				return null;
			}
			this.maps.use(epoch, UnitScope.today());
			this.aggregates.applyDelta(periodId, epoch, unitId, delta, submittedSign, approvedSign);
			return null;
		});
	}

	/**
	 * Runs the work in a transaction of its own, again when PostgreSQL chose it as the
	 * loser of a deadlock (which rolled all of it back).
	 */
	private <T> T retrying(Supplier<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.transactions.execute((status) -> work.get());
			}
			catch (PessimisticLockingFailureException ex) {
				if (attempt >= ATTEMPTS) {
					throw ex;
				}
				log.info("Analytics step lost a deadlock, attempt {} of {}: {}", attempt, ATTEMPTS, ex.getMessage());
			}
		}
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
