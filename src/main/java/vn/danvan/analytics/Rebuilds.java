package vn.danvan.analytics;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.danvan.analytics.rollup.AnalyticsRebuilt;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.Periods;
import vn.danvan.shared.errors.ConflictException;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.units.UnitScope;

/**
 * Administrators rebuild every sum from the reports (after a reorganisation or a rule
 * change), one rebuild at a time across all nodes, with progress; and check that the kept
 * sums equal a recomputation.
 */
@Service
public class Rebuilds {

	private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);

	/** A running rebuild whose heartbeat is older than this is taken as dead. */
	private static final int DEAD_AFTER_SECONDS = 600;

	/** Periods of the same tree rebuilt in one pass over their values. */
	private static final int PERIODS_PER_PASS = 20;

	private final Rollup rollup;

	private final RollupRepository maps;

	private final DeltaRepository deltas;

	private final ConsistencyRepository consistency;

	private final Periods periods;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "analytics-rebuild");
		thread.setDaemon(true);
		return thread;
	});

	private final TransactionTemplate transactions;

	private final UnitScope scope;

	Rebuilds(Rollup rollup, RollupRepository maps, DeltaRepository deltas, ConsistencyRepository consistency,
			Periods periods, ApplicationEventPublisher events, JdbcClient jdbc,
			PlatformTransactionManager transactionManager, UnitScope scope) {
		this.scope = scope;
		this.rollup = rollup;
		this.maps = maps;
		this.deltas = deltas;
		this.consistency = consistency;
		this.periods = periods;
		this.events = events;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Starts a full rebuild in the background.
	 * @throws ConflictException while another rebuild runs, ForbiddenException for anyone
	 * but an administrator
	 */
	public RebuildStatus start(ScopedUser user) {
		requireAdministrator(user);
		long id = claim(user.getUsername());
		this.executor.execute(() -> run(id, user.getUsername()));
		return status(id).orElseThrow();
	}

	/**
	 * Rebuilds everything in the calling thread (benchmarks, tests, the command line).
	 * @throws ConflictException while another rebuild runs
	 */
	public RebuildStatus rebuildAll(String actor) {
		long id = claim(actor);
		run(id, actor);
		return status(id).orElseThrow();
	}

	public Optional<RebuildStatus> latest() {
		return this.jdbc.sql(SELECT + " order by id desc limit 1").query(Rebuilds::status).optional();
	}

	public Optional<RebuildStatus> status(long id) {
		return this.jdbc.sql(SELECT + " where id = ?").param(id).query(Rebuilds::status).optional();
	}

	/**
	 * Why the sums may no longer follow the tree (a message key), when it changed after
	 * they were built.
	 */
	public Optional<String> staleReason() {
		return this.jdbc.sql("select reason from analytics.staleness").query(String.class).optional();
	}

	/**
	 * Compares the kept sums and counts of every prepared period (or of one) with a
	 * recomputation from the reports.
	 */
	public ConsistencyReport check(ScopedUser user, Long periodId) {
		requireAdministrator(user);
		return check(periodId);
	}

	ConsistencyReport check(Long periodId) {
		long started = System.currentTimeMillis();
		List<Long> ids = (periodId != null) ? List.of(periodId) : this.consistency.periodsWithReports();
		List<ConsistencyReport.PeriodDifferences> found = new ArrayList<>();
		int checked = 0;
		long sums = 0;
		for (long id : ids) {
			Period period = this.periods.find(id)
				.orElseThrow(() -> AnalyticsException.notFound("analytics.error.periodNotFound", id));
			var result = this.transactions.execute((status) -> {
				this.deltas.lockPeriodAlone(id);
				var epoch = this.deltas.preparedEpoch(id).orElse(null);
				if (epoch == null) {
					return null;
				}
				this.maps.use(epoch, vn.danvan.units.UnitScope.today());
				// Changes still waiting to be added up belong to the kept sums: add them
				// first (no fold can take them while the period is held alone).
				this.deltas.fold(List.of(id));
				return Map.entry(this.consistency.count(id), this.consistency.differences(id, epoch, 50));
			});
			if (result == null) {
				continue;
			}
			checked++;
			sums += result.getKey();
			if (!result.getValue().isEmpty()) {
				found.add(new ConsistencyReport.PeriodDifferences(id, period.name(), result.getValue()));
			}
		}
		return new ConsistencyReport(checked, sums, found, System.currentTimeMillis() - started);
	}

	private long claim(String actor) {
		this.jdbc.sql("""
				update analytics.rebuild_run set state = 'FAILED', finished_at = now(), error = 'heartbeat lost'
				 where state = 'RUNNING' and heartbeat_at < now() - make_interval(secs => ?)
				""").param(DEAD_AFTER_SECONDS).update();
		try {
			return this.jdbc.sql("""
					insert into analytics.rebuild_run (started_by, state, periods_total)
					values (?, 'RUNNING', (select count(distinct period_id) from reporting.report_state))
					returning id
					""").param(actor).query(Long.class).single();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("analytics.error.rebuildRunning");
		}
	}

	private void run(long id, String actor) {
		try {
			this.transactions.executeWithoutResult((status) -> {
				this.maps.dropAll();
				this.jdbc.sql("delete from analytics.staleness").update();
			});
			List<Long> ids = this.consistency.periodsWithReports();
			// Periods of the same tree are rebuilt together, a few at a time (one pass
			// over
			// their values each, ADR 19; progress and heartbeat after each pass).
			Map<LocalDate, List<Period>> byEpoch = new TreeMap<>();
			for (long periodId : ids) {
				this.periods.find(periodId)
					.ifPresent((period) -> byEpoch
						.computeIfAbsent(this.maps.epochOf(Periods.unitDate(period)), (e) -> new ArrayList<>())
						.add(period));
			}
			int done = ids.size() - byEpoch.values().stream().mapToInt(List::size).sum();
			for (List<Period> group : byEpoch.values()) {
				for (int from = 0; from < group.size(); from += PERIODS_PER_PASS) {
					List<Period> pass = group.subList(from, Math.min(group.size(), from + PERIODS_PER_PASS));
					this.rollup.rebuild(pass);
					done += pass.size();
					this.jdbc.sql("""
							update analytics.rebuild_run set periods_done = ?, periods_total = ?, heartbeat_at = now()
							 where id = ?
							""").params(done, ids.size(), id).update();
				}
			}
			this.transactions.executeWithoutResult((status) -> {
				this.jdbc.sql("update analytics.rebuild_run set state = 'DONE', finished_at = now() where id = ?")
					.param(id)
					.update();
				this.events.publishEvent(new AnalyticsRebuilt(actor, id, ids.size()));
			});
		}
		catch (RuntimeException ex) {
			log.error("Rebuild {} failed", id, ex);
			this.jdbc.sql("""
					update analytics.rebuild_run set state = 'FAILED', finished_at = now(), error = ? where id = ?
					""").params(String.valueOf(ex.getMessage()), id).update();
		}
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

	/**
	 * A full rebuild and the consistency check concern every unit: only an administrator
	 * of the whole system or of the centre starts them.
	 */
	public boolean mayRebuild(ScopedUser user) {
		return this.scope.nationalAdministrator(user);
	}

	private void requireAdministrator(ScopedUser user) {
		if (!mayRebuild(user)) {
			throw new ForbiddenException("analytics.error.notAdministrator");
		}
	}

	private static final String SELECT = """
			select id, started_by, started_at, finished_at, state, periods_total, periods_done, error
			  from analytics.rebuild_run
			""";

	private static RebuildStatus status(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new RebuildStatus(rs.getLong("id"), rs.getString("started_by"),
				rs.getTimestamp("started_at").toInstant(), (finished != null) ? finished.toInstant() : null,
				rs.getString("state"), rs.getInt("periods_total"), rs.getInt("periods_done"), rs.getString("error"));
	}

}
