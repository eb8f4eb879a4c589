package vn.danvan.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.analytics.Analytics;
import vn.danvan.analytics.ConsistencyReport;
import vn.danvan.analytics.Dashboard;
import vn.danvan.analytics.Inclusion;
import vn.danvan.analytics.RebuildStatus;
import vn.danvan.analytics.Rebuilds;
import vn.danvan.analytics.View;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.UnitOfficer;
import vn.danvan.reporting.Submissions;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

/**
 * The measurements of issue 5 on a national data set built by
 * {@code bench/national-data.sh}: a report handed in until the centre's dashboard shows
 * it (one at a time, then a burst from several threads), dashboards of random units and
 * periods in both views, the consistency check, and a full rebuild of the sums with its
 * ratio to plain PostgreSQL aggregations of the same values and the application's peak
 * heap meanwhile. Prints a summary table. Run with
 * {@code bench/analytics.sh [--data-dir=target/national-data] [--submissions=200]
 * [--burst=200] [--threads=4] [--dashboards=400] [--skip-rebuild]}.
 */
public final class AnalyticsBenchmark {

	static final Set<String> OPTIONS = Set.of("data-dir", "submissions", "burst", "threads", "dashboards",
			"skip-rebuild", "skip-check", "one-period", "seed", "rebuild-first", "skip-join");

	private static final long VISIBLE_TIMEOUT = TimeUnit.SECONDS.toNanos(30);

	private final ConfigurableApplicationContext context;

	private final JdbcClient jdbc;

	private final Analytics analytics;

	private final Submissions submissions;

	private final Rebuilds rebuilds;

	private final Random random;

	private final Map<String, String> summary = new LinkedHashMap<>();

	private SignedInUser officer;

	private long centreId;

	private List<Long> periodIds;

	/** The periods dashboards are opened for and reports handed in. */
	private List<Long> measured;

	private AnalyticsBenchmark(ConfigurableApplicationContext context, long seed) {
		this.context = context;
		this.jdbc = context.getBean(JdbcClient.class);
		this.analytics = context.getBean(Analytics.class);
		this.submissions = context.getBean(Submissions.class);
		this.rebuilds = context.getBean(Rebuilds.class);
		this.random = new Random(seed);
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options;
		try {
			options = NationalData.options(args, OPTIONS);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		Path directory = Path.of(options.getOrDefault("data-dir", NationalData.DEFAULT_DIRECTORY));
		Properties description = NationalData.description(directory);
		if (description.isEmpty()) {
			System.err.println("No national data set in " + directory + ": build one first with "
					+ "bench/national-data.sh --data-dir=" + directory);
			System.exit(2);
		}
		if (!"true".equals(description.getProperty("complete"))) {
			System.out.println("Note: the data set in " + directory + " was built without its final rebuild "
					+ "(--skip-rebuild, or the generator stopped); periods are prepared on first use.");
		}
		System.out.printf("Data set %s: scale %s, %s periods, %s indicators; %s on disk (du -sh) before the run%n",
				directory, description.getProperty("scale"), description.getProperty("periods"),
				description.getProperty("indicators"), NationalData.du(directory));
		System.out.printf("Machine: %d processors, JVM max heap %s, load average %s%n",
				Runtime.getRuntime().availableProcessors(), NationalData.size(Runtime.getRuntime().maxMemory()),
				loadAverage());
		long started = System.nanoTime();
		try (ConfigurableApplicationContext context = NationalData.start(directory)) {
			System.out.printf("Application started in %s%n", NationalData.seconds(NationalData.millis(started)));
			AnalyticsBenchmark benchmark = new AnalyticsBenchmark(context,
					Long.parseLong(options.getOrDefault("seed", "20251")));
			benchmark.skipJoin = options.containsKey("skip-join");
			benchmark.run(Integer.parseInt(options.getOrDefault("submissions", "200")),
					Integer.parseInt(options.getOrDefault("burst", "200")),
					Integer.parseInt(options.getOrDefault("threads", "4")),
					Integer.parseInt(options.getOrDefault("dashboards", "400")), options.containsKey("one-period"),
					!options.containsKey("skip-check"), !options.containsKey("skip-rebuild"),
					options.containsKey("rebuild-first"));
		}
		System.out.printf("Data directory after the run: %s (du -sh); load average %s%n", NationalData.du(directory),
				loadAverage());
	}

	/** Leaves out the rebuild's join without writing (ten minutes at scale 1). */
	private boolean skipJoin;

	private void run(int submissionCount, int burst, int threads, int dashboards, boolean onePeriod, boolean check,
			boolean rebuild, boolean rebuildFirst) throws Exception {
		LocalDate today = UnitScope.today();
		this.centreId = this.context.getBean(Units.class).findByCode(UnitLevel.CENTRAL, "VN", today).orElseThrow().id();
		this.officer = NationalData.officer(this.context.getBean(Accounts.class), this.centreId);
		this.periodIds = this.jdbc.sql("""
				select p.id from reporting.period p
				  join reporting.template_version v on v.id = p.template_version_id
				  join reporting.template t on t.id = v.template_id
				 where t.code = ? order by p.window_to, p.id
				""").param(NationalData.TEMPLATE).query(Long.class).list();
		printDataSet();
		if (rebuild && rebuildFirst) {
			rebuild();
			rebuild = false;
		}
		this.measured = onePeriod ? List.of(prepareOne()) : this.periodIds;
		dashboards(dashboards);
		submitted(submissionCount);
		if (burst > 0) {
			burst(burst, threads);
		}
		if (check) {
			consistency();
		}
		if (rebuild) {
			rebuild();
		}
		System.out.println();
		System.out.println("Summary (" + loadAverage() + " load average at the end):");
		this.summary.forEach((what, result) -> System.out.printf("  %-62s %s%n", what, result));
	}

	/**
	 * For a data set built without its rebuild (scale 1 on this machine): the latest
	 * monthly period, prepared with its previous and last-year periods by its first
	 * dashboard, which is timed.
	 */
	private long prepareOne() {
		long periodId = this.jdbc.sql("""
				select p.id from reporting.period p where p.id in (:ids) and p.period_type = 'MONTHLY'
				 order by p.window_to desc limit 1
				""").param("ids", this.periodIds).query(Long.class).single();
		System.out.println();
		long t0 = System.nanoTime();
		Dashboard first = this.analytics.dashboard(this.officer, this.centreId, periodId, View.AS_WAS,
				Inclusion.SUBMITTED);
		long ms = NationalData.millis(t0);
		long prepared = this.jdbc.sql("select count(*) from analytics.period_state").query(Long.class).single();
		long sums = this.jdbc.sql("select count(*) from analytics.aggregate").query(Long.class).single();
		System.out.printf(
				"First dashboard of %s (prepares it, its previous and its last-year period): %s; %d periods "
						+ "prepared, %s sums kept%n",
				first.period().name(), NationalData.seconds(ms), prepared, NationalData.count(sums));
		this.summary.put("First dashboard of an unprepared period (" + prepared + " periods rebuilt)",
				NationalData.seconds(ms) + ", " + NationalData.count(sums) + " sums");
		return periodId;
	}

	private void printDataSet() {
		long values = this.jdbc.sql("select count(*) from reporting.submission_value").query(Long.class).single();
		long reports = this.jdbc.sql("select count(*) from reporting.submission").query(Long.class).single();
		long units = this.jdbc.sql("select count(distinct unit_id) from reporting.submission where period_id = ?")
			.param(this.periodIds.get(this.periodIds.size() - 1))
			.query(Long.class)
			.single();
		long sums = this.jdbc.sql("select count(*) from analytics.aggregate").query(Long.class).single();
		System.out.printf("%s reporting units, %d periods, %s reports, %s values; %s kept sums%n",
				NationalData.count(units), this.periodIds.size(), NationalData.count(reports),
				NationalData.count(values), NationalData.count(sums));
		this.summary.put("Data set", NationalData.count(units) + " reporting units, " + this.periodIds.size()
				+ " periods, " + NationalData.count(values) + " values, " + NationalData.count(sums) + " kept sums");
	}

	/**
	 * Dashboards of random units (the centre, provinces, communes, organisations) and
	 * periods, as-was and in today's structure, approved or submitted.
	 */
	private void dashboards(int count) {
		System.out.println();
		System.out
			.println("Dashboards (what the page reads: Analytics.dashboard, every indicator with both comparisons and "
					+ "coverage, and Analytics.unitsBelow)");
		long latest = this.periodIds.get(this.periodIds.size() - 1);
		Map<String, List<Long>> units = new LinkedHashMap<>();
		units.put("centre", List.of(this.centreId));
		units.put("province", this.jdbc.sql("""
				select v.unit_id from units.unit_version v
				 where v.valid @> cast(? as date) and v.level = 'PROVINCE' and v.kind in ('PROVINCE', 'CITY')
				""").param(UnitScope.today()).query(Long.class).list());
		units.put("commune", expected(latest, "v.level = 'COMMUNE' and v.kind in ('COMMUNE', 'WARD', 'SPECIAL_ZONE')"));
		units.put("organisation", expected(latest,
				"v.kind not in ('CENTRE', 'CITY', 'PROVINCE', 'COMMUNE', 'WARD', 'TOWNSHIP', 'SPECIAL_ZONE')"));
		units.entrySet().removeIf((e) -> e.getValue().isEmpty());
		List<String> kinds = new ArrayList<>(units.keySet());
		// Warm-up: the template's structure, the code paths, the connection pool.
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (int i = 0; i < 20; i++) {
			long periodId = pick(this.measured);
			this.analytics.dashboard(this.officer, this.centreId, periodId, View.values()[i % 2],
					Inclusion.values()[i % 2]);
			seen.add(this.centreId + "/" + periodId + "/" + View.values()[i % 2] + "/" + Inclusion.values()[i % 2]);
		}
		// A dashboard read for the first time computes its comparisons; read again with
		// nothing added up in between, it finds them kept (Comparisons).
		Map<String, List<Long>> byFreshness = new LinkedHashMap<>();
		Map<String, List<Long>> byKind = new LinkedHashMap<>();
		Map<View, List<Long>> byView = new LinkedHashMap<>();
		List<Long> all = new ArrayList<>();
		long figures = 0;
		for (int i = 0; i < count; i++) {
			String kind = kinds.get(i % kinds.size());
			long unitId = pick(units.get(kind));
			long periodId = pick(this.measured);
			View view = View.values()[(i / kinds.size()) % 2];
			Inclusion inclusion = Inclusion.values()[this.random.nextInt(2)];
			long t0 = System.nanoTime();
			// What the dashboard page reads: the figures with both comparisons, and the
			// units directly below.
			Dashboard dashboard = this.analytics.dashboard(this.officer, unitId, periodId, view, inclusion);
			this.analytics.unitsBelow(this.officer, unitId, periodId, view);
			long elapsed = System.nanoTime() - t0;
			figures += dashboard.figures().size();
			all.add(elapsed);
			byKind.computeIfAbsent(kind, (k) -> new ArrayList<>()).add(elapsed);
			byView.computeIfAbsent(view, (k) -> new ArrayList<>()).add(elapsed);
			boolean first = seen.add(unitId + "/" + periodId + "/" + view + "/" + inclusion);
			byFreshness.computeIfAbsent(kind + (first ? ", first read" : ", read again"), (k) -> new ArrayList<>())
				.add(elapsed);
		}
		System.out.printf("  %d dashboards, %.0f figures each on average%n", count, figures / (double) count);
		byKind.forEach((kind, times) -> print("  " + kind, times));
		byView.forEach((view, times) -> print("  view " + view.parameter(), times));
		byFreshness.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach((e) -> print("  " + e.getKey(), e.getValue()));
		String overall = print("  all", all);
		this.summary.put("Dashboard of any unit, both views (target p95 < 100 ms)",
				overall + verdict(percentile(all, 95) < 100e6));
	}

	private List<Long> expected(long periodId, String condition) {
		return this.jdbc.sql("""
				select s.unit_id from reporting.submission s
				  join units.unit_version v on v.unit_id = s.unit_id and v.valid @> cast(:today as date)
				 where s.period_id = :p and %s
				""".formatted(condition))
			.param("today", UnitScope.today())
			.param("p", periodId)
			.query(Long.class)
			.list();
	}

	/**
	 * Hands in drafts and returned reports of communes and their organisations one at a
	 * time, each timed from the call to submit until the centre's dashboard (as-was,
	 * submitted and approved) counts it.
	 */
	private void submitted(int count) {
		System.out.println();
		System.out.println("Submission to visible at the centre (one at a time)");
		List<Candidate> candidates = candidates(count, 0);
		if (candidates.isEmpty()) {
			System.out.println("  no draft or returned reports of communes left");
			return;
		}
		List<Long> submitCalls = new ArrayList<>();
		List<Long> visible = new ArrayList<>();
		List<Long> applied = new ArrayList<>();
		int polls = 0;
		int timeouts = 0;
		for (Candidate candidate : candidates) {
			int before = this.analytics
				.dashboard(this.officer, this.centreId, candidate.periodId(), View.AS_WAS, Inclusion.SUBMITTED)
				.coverage()
				.handedIn();
			long t0 = System.nanoTime();
			Submission after = this.submissions.submit(new UnitOfficer(this.officer.getUsername(), candidate.unitId()),
					candidate.submissionId(), candidate.version());
			long t1 = System.nanoTime();
			submitCalls.add(t1 - t0);
			Long deltaAt = null;
			while (true) {
				if (deltaAt == null && applied(candidate.submissionId(), after.version())) {
					deltaAt = System.nanoTime() - t0;
				}
				polls++;
				int now = this.analytics
					.dashboard(this.officer, this.centreId, candidate.periodId(), View.AS_WAS, Inclusion.SUBMITTED)
					.coverage()
					.handedIn();
				if (now > before) {
					long seen = System.nanoTime() - t0;
					visible.add(seen);
					applied.add((deltaAt != null) ? deltaAt : seen);
					break;
				}
				if (System.nanoTime() - t0 > VISIBLE_TIMEOUT) {
					timeouts++;
					visible.add(VISIBLE_TIMEOUT);
					break;
				}
				LockSupport.parkNanos(200_000);
			}
		}
		print("  Submissions.submit call", submitCalls);
		print("  until the change is in the sums (claimed, no longer waiting)", applied);
		String result = print("  until the centre's dashboard shows it", visible);
		System.out.printf("  %d reports, %.1f dashboard polls each, %d not visible within %d s%n", candidates.size(),
				polls / (double) candidates.size(), timeouts, TimeUnit.NANOSECONDS.toSeconds(VISIBLE_TIMEOUT));
		this.summary.put("Submission to visible at the centre, " + candidates.size() + " one at a time (p95 < 1 s)",
				result + verdict(percentile(visible, 95) < 1e9 && timeouts == 0));
	}

	/**
	 * Many reports handed in at once from several threads, as on a deadline day: each
	 * timed from its submit until its delta is in the sums (the application's own record
	 * of applied changes, committed with the delta).
	 */
	private void burst(int count, int threads) throws Exception {
		System.out.println();
		System.out.printf("Burst: %d reports handed in from %d threads at once%n", count, threads);
		List<Candidate> candidates = candidates(count, 1);
		if (candidates.isEmpty()) {
			System.out.println("  no draft or returned reports of communes left");
			return;
		}
		long[] visible = new long[candidates.size()];
		AtomicLong failures = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long started = System.nanoTime();
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int i = 0; i < candidates.size(); i++) {
				int index = i;
				futures.add(pool.submit(() -> {
					Candidate candidate = candidates.get(index);
					long t0 = System.nanoTime();
					try {
						Submission after = this.submissions.submit(
								new UnitOfficer(this.officer.getUsername(), candidate.unitId()),
								candidate.submissionId(), candidate.version());
						while (!applied(candidate.submissionId(), after.version())) {
							if (System.nanoTime() - t0 > VISIBLE_TIMEOUT) {
								failures.incrementAndGet();
								break;
							}
							LockSupport.parkNanos(1_000_000);
						}
					}
					catch (RuntimeException ex) {
						if (failures.incrementAndGet() <= 3) {
							System.out.println("  failure: " + ex);
						}
					}
					visible[index] = System.nanoTime() - t0;
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		long elapsed = System.nanoTime() - started;
		List<Long> times = Arrays.stream(visible).boxed().toList();
		String result = print("  until its delta is in the sums", times);
		System.out.printf(Locale.ROOT, "  %d reports in %.1f s (%.1f/s), %d failed or not applied within %d s%n",
				candidates.size(), elapsed / 1e9, candidates.size() / (elapsed / 1e9), failures.get(),
				TimeUnit.NANOSECONDS.toSeconds(VISIBLE_TIMEOUT));
		this.summary.put("Burst: " + candidates.size() + " submissions from " + threads + " threads, to applied",
				result + ((failures.get() > 0) ? ", " + failures.get() + " FAILED" : ""));
	}

	/**
	 * The change is claimed and no longer waits to be added up (ADR 18): it is in the
	 * sums.
	 */
	private boolean applied(long submissionId, int version) {
		return this.jdbc.sql("""
				select exists (select 1 from analytics.applied where submission_id = :s and version = :v)
				   and not exists (select 1 from analytics.pending_change c
				                     join reporting.submission s on s.id = :s
				                    where c.period_id = s.period_id and c.unit_id = s.unit_id)
				""").param("s", submissionId).param("v", version).query(Boolean.class).single();
	}

	/**
	 * Drafts and returned reports of communes and their organisations, in random order;
	 * {@code part} 0 and 1 take disjoint halves.
	 */
	private List<Candidate> candidates(int count, int part) {
		return this.jdbc.sql("""
				select s.id, s.period_id, s.version, s.unit_id from reporting.submission s
				  join units.unit_version v on v.unit_id = s.unit_id and v.valid @> cast(:today as date)
				 where s.period_id in (:periods) and s.state in ('DRAFT', 'RETURNED') and v.level = 'COMMUNE'
				   and s.id % 2 = :part
				 order by hashint8(s.id + :seed) limit :n
				""")
			.param("today", UnitScope.today())
			.param("periods", this.measured)
			.param("part", part)
			.param("seed", this.random.nextInt(1000))
			.param("n", count)
			.query((rs, n) -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4)))
			.list();
	}

	private void consistency() {
		System.out.println();
		System.out.println("Consistency check (Rebuilds.check: kept sums against a recomputation from the reports)");
		ConsistencyReport report = this.rebuilds.check(this.officer, null);
		System.out.printf("  %d periods, %s sums compared in %s: %s%n", report.periodsChecked(),
				NationalData.count(report.sumsChecked()), NationalData.seconds(report.millis()),
				report.consistent() ? "no differences" : "DIFFERENCES");
		report.differences()
			.forEach((period) -> System.out.printf("  %s: %s%n", period.periodName(),
					period.keys().stream().limit(5).toList()));
		this.summary.put("Consistency check after the submissions",
				(report.consistent() ? "no differences" : report.differences().size() + " periods DIFFER") + " ("
						+ report.periodsChecked() + " periods, " + NationalData.count(report.sumsChecked()) + " sums, "
						+ NationalData.seconds(report.millis()) + ")");
	}

	/**
	 * The full rebuild, against a plain aggregation of the same values and against the
	 * rebuild's own join with the roll-up map without writing; and the heap meanwhile.
	 */
	private void rebuild() throws Exception {
		System.out.println();
		System.out.println("Full rebuild (Rebuilds.rebuildAll) and plain PostgreSQL over the same values");
		String plain = """
				select count(*), sum(total), sum(n) from (
				    select period_id, indicator_id, item, sum(value) as total, count(*) as n
				      from reporting.reported_value where state in ('SUBMITTED', 'APPROVED')
				     group by 1, 2, 3) x
				""";
		timed("  plain GROUP BY, first run (reads the values into the cache)", plain);
		long plainMillis = timed("  plain GROUP BY (period, indicator, item)", plain);
		HeapWatch heap = new HeapWatch();
		long t0 = System.nanoTime();
		RebuildStatus status = this.rebuilds.rebuildAll("benchmark");
		long rebuildMillis = NationalData.millis(t0);
		heap.stop();
		long sums = this.jdbc.sql("select count(*) from analytics.aggregate").query(Long.class).single();
		System.out.printf("  Rebuilds.rebuildAll: %s (%s, %d periods, %s sums written)%n",
				NationalData.seconds(rebuildMillis), status.state(), status.periodsDone(), NationalData.count(sums));
		System.out.printf(
				"  heap: %s used before; during the rebuild at most %s used (sampled every 5 ms), "
						+ "sum of the heap pools' peaks %s; max heap %s%n",
				NationalData.size(heap.before), NationalData.size(heap.sampledPeak.get()),
				NationalData.size(heap.poolPeaks()), NationalData.size(Runtime.getRuntime().maxMemory()));
		long joinMillis = 0;
		if (this.skipJoin) {
			System.out.println("  the rebuild's join with analytics.rollup, without writing: skipped (--skip-join)");
		}
		else {
			for (long periodId : this.periodIds) {
				joinMillis += joinWithoutWriting(periodId);
			}
			System.out.printf("  the rebuild's join with analytics.rollup, without writing, %d periods: %s%n",
					this.periodIds.size(), NationalData.seconds(joinMillis));
		}
		double ratio = rebuildMillis / (double) Math.max(1, plainMillis);
		double joinRatio = rebuildMillis / (double) Math.max(1, joinMillis);
		String joinText = this.skipJoin ? "skipped" : String.format(Locale.ROOT, "%.1f×", joinRatio);
		System.out.printf(Locale.ROOT, "  ratio to the plain GROUP BY: %.1f×; to the join without writing: %s%n", ratio,
				joinText);
		this.summary.put("Full rebuild (Rebuilds.rebuildAll)",
				NationalData.seconds(rebuildMillis) + ", " + NationalData.count(sums) + " sums, " + status.state());
		this.summary.put("Plain GROUP BY over the same values / rebuild's join without writing",
				NationalData.seconds(plainMillis) + " / " + NationalData.seconds(joinMillis));
		this.summary.put("Ratio rebuild : plain GROUP BY (target ≤ 2×)",
				String.format(Locale.ROOT, "%.1f×", ratio) + verdict(ratio <= 2));
		this.summary.put("Ratio rebuild : the same join without writing", joinText);
		this.summary.put("Peak heap during the rebuild (sampled; pools' peaks)",
				NationalData.size(heap.sampledPeak.get()) + "; " + NationalData.size(heap.poolPeaks()) + " (max heap "
						+ NationalData.size(Runtime.getRuntime().maxMemory()) + ")");
		if (!"DONE".equals(status.state())) {
			System.out.println("  the rebuild failed: " + status.error());
		}
	}

	/**
	 * The SELECT of the rebuild's statement for one period (sums and coverage counts),
	 * read to the end but not written.
	 */
	private long joinWithoutWriting(long periodId) {
		LocalDate epoch = this.jdbc.sql("select epoch from analytics.period_state where period_id = ?")
			.param(periodId)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
		if (epoch == null) {
			return 0;
		}
		long t0 = System.nanoTime();
		this.jdbc
			.sql("""
					select count(*), sum(total), sum(reported) from (
					    select r.view, r.target_id, v.indicator_id, v.item, sum(v.value) as total,
					           count(*) as reported, count(*) filter (where r.approximate),
					           sum(v.value) filter (where v.state = 'APPROVED'), count(*) filter (where v.state = 'APPROVED'),
					           count(*) filter (where v.state = 'APPROVED' and r.approximate)
					      from reporting.reported_value v
					      join analytics.rollup r on r.epoch = :e and r.unit_id = v.unit_id and r.depth > 0
					     where v.period_id = :p and v.state in ('SUBMITTED', 'APPROVED')
					     group by r.view, r.target_id, v.indicator_id, v.item) x
					""")
			.param("p", periodId)
			.param("e", epoch)
			.query()
			.listOfRows();
		this.jdbc.sql("""
				select count(*), sum(expected) from (
				    select r.view, r.target_id, count(*) as expected,
				           count(*) filter (where s.state in ('SUBMITTED', 'APPROVED')),
				           count(*) filter (where s.state = 'APPROVED'), count(*) filter (where r.approximate)
				      from reporting.report_state s
				      join analytics.rollup r on r.epoch = :e and r.unit_id = s.unit_id
				     where s.period_id = :p
				     group by r.view, r.target_id) x
				""").param("p", periodId).param("e", epoch).query().listOfRows();
		return NationalData.millis(t0);
	}

	private long timed(String label, String sql) {
		long t0 = System.nanoTime();
		List<Map<String, Object>> rows = this.jdbc.sql(sql).query().listOfRows();
		long ms = NationalData.millis(t0);
		System.out.printf("%s: %s (%s groups)%n", label, NationalData.seconds(ms),
				rows.get(0).values().iterator().next());
		return ms;
	}

	private long pick(List<Long> ids) {
		return ids.get(this.random.nextInt(ids.size()));
	}

	private static String verdict(boolean met) {
		return met ? "  — met" : "  — MISSED";
	}

	private static double percentile(List<Long> nanos, int percentile) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static String print(String label, List<Long> nanos) {
		if (nanos.isEmpty()) {
			return "nothing measured";
		}
		long max = nanos.stream().mapToLong(Long::longValue).max().orElse(0);
		String line = String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, max %.1f ms (n=%d)",
				percentile(nanos, 50) / 1e6, percentile(nanos, 95) / 1e6, max / 1e6, nanos.size());
		System.out.printf("%s: %s%n", label, line);
		return line;
	}

	private static String loadAverage() {
		return NationalData.loadAverage();
	}

	record Candidate(long submissionId, long periodId, int version, long unitId) {
	}

	/**
	 * Samples the used heap every 5 ms and resets the heap pools' peaks, from creation to
	 * {@link #stop()}.
	 */
	static final class HeapWatch {

		final long before;

		final AtomicLong sampledPeak = new AtomicLong();

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final Thread sampler;

		private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();

		HeapWatch() {
			System.gc();
			this.before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			this.pools.forEach(MemoryPoolMXBean::resetPeakUsage);
			this.sampler = new Thread(() -> {
				while (this.running.get()) {
					long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
					this.sampledPeak.accumulateAndGet(used, Math::max);
					LockSupport.parkNanos(5_000_000);
				}
			}, "heap-watch");
			this.sampler.setDaemon(true);
			this.sampler.start();
		}

		void stop() throws InterruptedException {
			this.running.set(false);
			this.sampler.join();
		}

		long poolPeaks() {
			return this.pools.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
		}

	}

}
