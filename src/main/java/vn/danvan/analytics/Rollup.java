package vn.danvan.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

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

	private final DeltaRepository deltas;

	private final RebuildRepository rebuilds;

	private final Periods periods;

	private final TransactionTemplate transactions;

	/**
	 * A transaction of its own that reads as of its first statement: a rebuild's work,
	 * begun while another transaction holds the locks (ADR 20).
	 */
	private final TransactionTemplate snapshot;

	/** Told between a rebuild's two reads; nothing in production (a test's bean). */
	private final RebuildObserver observer;

	/** Joins the caller's transaction (an event listener's), or runs one of its own. */
	private final TransactionTemplate joining;

	private final JsonMapper json = JsonMapper.builder().build();

	Rollup(RollupRepository maps, DeltaRepository deltas, RebuildRepository rebuilds, Periods periods,
			PlatformTransactionManager transactionManager, ObjectProvider<RebuildObserver> observer) {
		this.maps = maps;
		this.observer = observer.getIfAvailable(() -> RebuildObserver.NONE);
		this.deltas = deltas;
		this.rebuilds = rebuilds;
		this.periods = periods;
		this.transactions = new TransactionTemplate(transactionManager);
		// Each step commits on its own, also inside a listener's or a caller's
		// transaction, so
		// that a step PostgreSQL picks as a deadlock's loser can be run again.
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.joining = new TransactionTemplate(transactionManager);
		this.snapshot = new TransactionTemplate(transactionManager);
		this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/**
	 * The epoch the period's sums were built for, preparing them first if needed; the
	 * maps of the epoch exist when it returns (unless the tree changes at that moment).
	 */
	LocalDate prepared(Period period) {
		LocalDate epoch = retrying(() -> {
			LocalDate prepared = this.deltas.preparedEpoch(period.id()).orElse(null);
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
		return rebuild(List.of(period)).get(period.id());
	}

	/**
	 * Recomputes the sums of several periods, in one pass over the values of those of the
	 * same tree. One transaction holds them all alone (and the maps they need), and the
	 * work runs in a second one at {@code REPEATABLE READ} begun once the locks are held,
	 * so that its statements read reporting as of one moment after every change queued
	 * before (ADR 20).
	 * @return the epoch of the tree each period's sums follow
	 */
	Map<Long, LocalDate> rebuild(List<Period> periods) {
		List<Period> ordered = periods.stream().sorted(Comparator.comparingLong(Period::id)).toList();
		while (true) {
			Map<Long, LocalDate> rebuilt = retrying(() -> {
				for (Period period : ordered) {
					this.deltas.lockPeriodAlone(period.id());
				}
				Map<LocalDate, List<Long>> byEpoch = new TreeMap<>();
				Map<Long, LocalDate> epochs = new LinkedHashMap<>();
				for (Period period : ordered) {
					LocalDate epoch = this.maps.epochOf(Periods.unitDate(period));
					byEpoch.computeIfAbsent(epoch, (e) -> new ArrayList<>()).add(period.id());
					epochs.put(period.id(), epoch);
				}
				LocalDate today = UnitScope.today();
				boolean built = false;
				for (LocalDate epoch : byEpoch.keySet()) {
					built |= this.maps.use(epoch, today);
				}
				if (built) {
					// The work's own transaction sees committed maps only: commit these
					// first, then take the locks again.
					return null;
				}
				this.snapshot.executeWithoutResult((status) -> byEpoch.forEach((epoch, ids) -> {
					long written = this.rebuilds.rebuild(ids, epoch, this.observer::betweenReads);
					log.debug("Rebuilt {} sums of periods {}", written, ids);
				}));
				return epochs;
			});
			if (rebuilt != null) {
				return rebuilt;
			}
		}
	}

	/**
	 * Applies one change of a report: {@code submitted} and {@code approved} say whether
	 * it entered ({@link Delta#ADD}) or left ({@link Delta#REMOVE}) each inclusion. The
	 * change is claimed and queued (touching no shared row) in the caller's transaction
	 * when there is one (the listener's, which also records that the event was handled),
	 * then, once that is committed, the changes waiting are added up (ADR 18), by this
	 * call or by the one adding up at the time.
	 */
	void apply(long submissionId, int version, long periodId, long unitId, List<ReportedValue> values, Delta submitted,
			Delta approved) {
		if (this.deltas.preparedEpoch(periodId).isEmpty()) {
			// Before any lock is held here: preparing holds the period alone.
			Period period = this.periods.find(periodId).orElse(null);
			if (period == null) {
				return;
			}
			prepared(period);
		}
		String delta = json(values);
		this.joining.executeWithoutResult((status) -> {
			this.deltas.lockPeriodShared(periodId);
			LocalDate epoch = this.deltas.preparedEpoch(periodId).orElseThrow();
			if (this.deltas.claim(submissionId, version, periodId)) {
				this.deltas.queue(periodId, epoch, unitId, delta, submitted.sign(), approved.sign());
			}
		});
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					try {
						fold();
					}
					catch (RuntimeException ex) {
						// The change waits in the queue: the next fold adds it up.
						log.warn("Could not add up the waiting report changes now: {}", ex.getMessage());
					}
				}
			});
		}
		else {
			fold();
		}
	}

	/**
	 * Adds up every change waiting, one transaction at a time across all nodes, without
	 * waiting for one another: when another transaction is adding up, this call leaves
	 * its changes to it. Whoever held the fold looks again after committing and goes on
	 * while changes wait, so a change queued before a call that found the fold taken is
	 * taken by the holder's next pass (its own look came after that change was
	 * committed). Under load the changes queue up during a pass and the next pass adds
	 * them up together: the sums of the units high in the tree change once per pass.
	 * @return the number of changes this call added up
	 */
	int fold() {
		int total = 0;
		while (true) {
			Integer folded = retrying(() -> {
				if (!this.deltas.tryLockFold()) {
					return null;
				}
				List<Long> pending = this.deltas.pendingPeriods();
				if (pending.isEmpty()) {
					return 0;
				}
				for (long periodId : pending) {
					this.deltas.lockPeriodShared(periodId);
				}
				LocalDate today = UnitScope.today();
				for (LocalDate epoch : this.deltas.pendingEpochs(pending)) {
					this.maps.use(epoch, today);
				}
				return this.deltas.fold(pending);
			});
			if (folded == null) {
				return total;
			}
			total += folded;
			if (!Boolean.TRUE.equals(this.transactions.execute((status) -> this.deltas.anyPending()))) {
				return total;
			}
		}
	}

	/**
	 * Changes left waiting by a node that stopped between queueing and folding them, or
	 * by a fold that failed: added up on start and looked for every minute (a look is one
	 * indexed read when nothing waits).
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(initialDelay = 60, fixedDelay = 60, timeUnit = TimeUnit.SECONDS)
	void foldLeftovers() {
		int folded = fold();
		if (folded > 0) {
			log.info("Added up {} report changes left waiting", folded);
		}
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
