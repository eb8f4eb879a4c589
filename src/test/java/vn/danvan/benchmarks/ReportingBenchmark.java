package vn.danvan.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

import vn.danvan.DanvanApplication;
import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.NewUser;
import vn.danvan.shared.security.Role;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.DemoReports;
import vn.danvan.reporting.periods.OpenPeriod;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.PeriodType;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.UnitOfficer;
import vn.danvan.reporting.Submissions;
import vn.danvan.reporting.catalogue.Template;
import vn.danvan.reporting.TemplateStructure;
import vn.danvan.reporting.UnitStatus;
import vn.danvan.units.imports.ImportReport;
import vn.danvan.units.RealAdministrativeUnits;
import vn.danvan.units.Unit;
import vn.danvan.units.imports.UnitImports;
import vn.danvan.units.UnitKind;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

/**
 * Submits the 6-month report ({@code BC_SO_KET_6_THANG}, about 60 cells and 17
 * narratives) of every commune of the country (the real administrative units of the
 * official lists shipped with Danvan) through the service layer with N threads (save,
 * then submit, as a commission officer of the centre), then a sample through the HTTP
 * API, and times what rendering the form needs (the template's structure and the
 * submission's content). Prints submissions per second and latency percentiles. Run with
 * {@code bench/reporting.sh [--threads=4,8] [--http-sample=500] [--durable]}.
 */
public final class ReportingBenchmark {

	static final String PASSWORD = "Benchmark-Password-1";

	static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	static final String OFFICER = "bench.trunguong";

	static final String TEMPLATE = "BC_SO_KET_6_THANG";

	private final ConfigurableApplicationContext context;

	private final Periods periods;

	private final Submissions submissions;

	private final Catalogue catalogue;

	private final Units units;

	private final JsonMapper json;

	private SignedInUser officer;

	private Unit centre;

	private TemplateStructure structure;

	private int periodNumber;

	private ProcessHandle postmaster;

	private ReportingBenchmark(ConfigurableApplicationContext context) {
		this.context = context;
		this.periods = context.getBean(Periods.class);
		this.submissions = context.getBean(Submissions.class);
		this.catalogue = context.getBean(Catalogue.class);
		this.units = context.getBean(Units.class);
		this.json = context.getBean(JsonMapper.class);
	}

	public static void main(String[] args) throws Exception {
		List<Integer> threads = List.of(4, 8);
		int httpSample = 500;
		boolean durable = false;
		int trace = 0;
		for (String arg : args) {
			if (arg.startsWith("--threads=")) {
				threads = Arrays.stream(arg.substring("--threads=".length()).split(","))
					.map(String::strip)
					.filter((t) -> !t.isEmpty())
					.map(Integer::valueOf)
					.toList();
			}
			else if (arg.startsWith("--http-sample=")) {
				httpSample = Integer.parseInt(arg.substring("--http-sample=".length()));
			}
			else if (arg.equals("--durable")) {
				durable = true;
			}
			else if (arg.startsWith("--trace=")) {
				trace = Integer.parseInt(arg.substring("--trace=".length()));
			}
		}
		List<String> spring = new ArrayList<>(List.of("--server.port=0", "--danvan.accounts.admin-password=" + PASSWORD,
				"--spring.main.banner-mode=off", "--logging.level.root=warn", "--danvan.demo-data.enabled=false"));
		if (durable) {
			// A persistent data directory: fsync and synchronous commit on, as in
			// production.
			Path dir = Path.of("target", "benchmark-reporting-data");
			FileSystemUtils.deleteRecursively(dir);
			spring.add("--danvan.data-dir=" + dir);
		}
		else {
			spring.addAll(
					List.of("--danvan.embedded-database.ephemeral=true", "--danvan.data-dir=target/benchmark-data"));
		}
		System.out.printf("Database: embedded PostgreSQL, %s%n",
				durable ? "persistent (fsync on, synchronous_commit on)" : "ephemeral (fsync off)");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DanvanApplication.class)
			.run(spring.toArray(String[]::new))) {
			new ReportingBenchmark(context).run(threads, httpSample, trace);
		}
	}

	private void run(List<Integer> threadCounts, int httpSample, int trace) throws Exception {
		long started = System.nanoTime();
		ImportReport report = RealAdministrativeUnits.importOnce(this.context.getBean(UnitImports.class));
		System.out.printf("Imported %d units in %d ms%n", report.unitsCreated(), millis(started));
		this.context.getBean(JdbcClient.class).sql("analyze").update();
		LocalDate today = UnitScope.today();
		this.centre = this.units.roots(today)
			.stream()
			.filter((u) -> u.kind() == UnitKind.CENTRE)
			.findFirst()
			.orElseThrow();
		Accounts accounts = this.context.getBean(Accounts.class);
		accounts.create(new NewUser(OFFICER, "Cán bộ Ban Dân vận Trung ương", null, PASSWORD,
				Set.of(Role.COMMISSION_OFFICER), this.centre.id()), "benchmark");
		this.officer = accounts.principal(OFFICER).orElseThrow();
		Template template = this.catalogue.templates()
			.stream()
			.filter((t) -> t.code().equals(TEMPLATE))
			.findFirst()
			.orElseThrow();
		this.structure = this.catalogue.structure(template.latestVersionId());
		long narratives = this.structure.sections().stream().filter((s) -> s.narrative()).count();
		System.out.printf("Template %s: %d indicators, %d cells (%d entered), %d narrative sections%n", TEMPLATE,
				this.structure.indicators().size(), this.structure.cells().size(),
				this.structure.cells().stream().filter((c) -> c.indicator().valueType().entered()).count(), narratives);

		// A whole run first, not counted: the JIT compiles the paths of save, submit and
		// the
		// listeners, and the first period's tables and indexes reach their working size.
		int most = threadCounts.stream().mapToInt(Integer::intValue).max().orElse(8);
		measure("Warm-up (all communes, " + most + " threads, not counted)", jobs(open(this.centre.id(), "khởi động")),
				most, this::serviceSubmit);

		List<Job> last = List.of();
		for (int threads : threadCounts) {
			last = jobs(open(this.centre.id(), threads + " luồng"));
			measure("Service layer, all communes, " + threads + " threads", last, threads, this::serviceSubmit);
		}
		if (!last.isEmpty()) {
			formProxy(last);
		}
		if (trace > 0) {
			trace(jobs(open(this.centre.id(), "trace")).subList(0, trace));
		}
		if (httpSample > 0) {
			List<Job> all = jobs(open(this.centre.id(), "HTTP"));
			List<Job> sample = new ArrayList<>();
			int stride = Math.max(1, all.size() / httpSample);
			for (int i = 0; i < all.size() && sample.size() < httpSample; i += stride) {
				sample.add(all.get(i));
			}
			http(sample, threadCounts.get(0));
		}
	}

	private Period open(long unitId, String label) {
		this.periodNumber++;
		long started = System.nanoTime();
		Period period = this.periods.open(this.officer, new OpenPeriod(
				this.catalogue.templates()
					.stream()
					.filter((t) -> t.code().equals(TEMPLATE))
					.findFirst()
					.orElseThrow()
					.id(),
				PeriodType.SIX_MONTH, "Đo tốc độ " + this.periodNumber + " (" + label + ")", LocalDate.of(2025, 12, 15),
				LocalDate.of(2026, 6, 14), LocalDate.of(2026, 6, 20), List.of(unitId)));
		System.out.printf("Opened period %d (%s) in %d ms%n", period.id(), label, millis(started));
		return period;
	}

	private List<Job> jobs(Period period) {
		long started = System.nanoTime();
		List<UnitStatus> statuses = this.periods.statuses(this.officer, period.id());
		System.out.printf("  %d expected units, statuses in %d ms%n", statuses.size(), millis(started));
		java.util.Set<String> computed = DemoReports.computedKeys(this.context, this.structure);
		return statuses.stream()
			.map((s) -> new Job(s.submissionId(), s.unitId(), DemoReports.values(this.structure, s.unitId(), computed),
					DemoReports.narratives(this.structure, s.unitName())))
			.toList();
	}

	private long serviceSubmit(Job job) {
		long started = System.nanoTime();
		UnitOfficer reporter = new UnitOfficer(this.officer.getUsername(), job.unitId());
		Submission saved = this.submissions.save(reporter, job.submissionId(), 0, job.values(), job.narratives(),
				"FORM");
		long save = System.nanoTime() - started;
		this.submissions.submit(reporter, saved.id(), saved.version());
		return save;
	}

	private void measure(String label, List<Job> jobs, int threads, Task task) throws Exception {
		long[] latencies = new long[jobs.size()];
		long[] firstSteps = new long[jobs.size()];
		AtomicInteger failures = new AtomicInteger();
		java.util.concurrent.atomic.AtomicLong callerCpu = new java.util.concurrent.atomic.AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		resetStatements();
		Usage before = usage();
		long started = System.nanoTime();
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int i = 0; i < jobs.size(); i++) {
				int index = i;
				futures.add(pool.submit(() -> {
					long t0 = System.nanoTime();
					long cpu0 = THREADS.getCurrentThreadCpuTime();
					try {
						firstSteps[index] = task.run(jobs.get(index));
						callerCpu.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu0);
					}
					catch (Exception ex) {
						if (failures.incrementAndGet() <= 3) {
							System.out.println("  failure: " + ex);
						}
					}
					latencies[index] = System.nanoTime() - t0;
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
		Usage done = usage();
		String backlog = backlog();
		long drained = drainListeners();
		Usage after = usage();
		print(label, latencies, elapsed, failures.get());
		print("  of which the save (PUT)", firstSteps, 0, 0);
		report(jobs.size(), elapsed, drained, before, done, after);
		System.out.printf(Locale.ROOT,
				"  JVM CPU of the calling threads (save + submit only): %.1f ms per submission; "
						+ "events still to handle at the last submission: %s%n",
				callerCpu.get() / 1e6 / jobs.size(), backlog);
		printStatements(jobs.size());
	}

	/**
	 * With {@code -Ddanvan.embedded-postgres.preload=pg_stat_statements}: forgets the
	 * statements counted so far.
	 */
	private void resetStatements() {
		if (System.getProperty("danvan.embedded-postgres.preload", "").contains("pg_stat_statements")) {
			JdbcClient jdbc = this.context.getBean(JdbcClient.class);
			jdbc.sql("create extension if not exists pg_stat_statements").update();
			jdbc.sql("select pg_stat_statements_reset()").query(Object.class).single();
		}
	}

	/**
	 * The statements that took the most time in PostgreSQL during the run, listeners
	 * included, per submission.
	 */
	private void printStatements(int submissions) {
		if (!System.getProperty("danvan.embedded-postgres.preload", "").contains("pg_stat_statements")) {
			return;
		}
		System.out.println("  statements by time in PostgreSQL (ms per submission, calls per submission, query):");
		this.context.getBean(JdbcClient.class).sql("""
				select total_exec_time / :n as ms, calls::numeric / :n as calls, rows::numeric / :n as rows,
				       regexp_replace(left(query, 110), '\\s+', ' ', 'g') as q
				  from pg_stat_statements
				 order by total_exec_time desc limit 30
				""").param("n", submissions).query((rs, i) -> {
			System.out.printf(Locale.ROOT, "    %7.3f ms %6.2f calls %7.1f rows  %s%n", rs.getDouble(1),
					rs.getDouble(2), rs.getDouble(3), rs.getString(4));
			return null;
		}).list();
	}

	private String backlog() {
		return this.context.getBean(JdbcClient.class).sql("""
				select coalesce(string_agg(n || ' ' || l, ', ' order by l), 'none')
				  from (select regexp_replace(listener_id, '^.*\\.([A-Za-z]+)\\.on.*$', '\\1') as l, count(*) as n
				          from public.event_publication where completion_date is null group by 1) b
				""").query(String.class).single();
	}

	/**
	 * Waits until every event publication is completed (the asynchronous listeners of the
	 * events of the run: notifications, analytics) and returns how long that took.
	 */
	private long drainListeners() {
		long started = System.nanoTime();
		JdbcClient jdbc = this.context.getBean(JdbcClient.class);
		try {
			Awaitility.await()
				.pollInterval(Duration.ofMillis(50))
				.atMost(Duration.ofMinutes(10))
				.until(() -> jdbc.sql("select count(*) from public.event_publication where completion_date is null")
					.query(Long.class)
					.single() == 0);
		}
		catch (ConditionTimeoutException ex) {
			System.out.println("  listeners did not catch up within 10 minutes");
		}
		return System.nanoTime() - started;
	}

	/**
	 * CPU of this JVM and of the embedded PostgreSQL's processes, the database's
	 * transaction and row counters, the load average.
	 */
	private Usage usage() {
		long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
		long database = postgresCpuNanos();
		// Backends report their counters about once a second: read them until two reads a
		// short while apart agree (all of the run's work is counted).
		JdbcClient jdbc = this.context.getBean(JdbcClient.class);
		List<Map<String, Object>> last = new ArrayList<>(List.of(Map.of()));
		Awaitility.await().pollInterval(Duration.ofMillis(300)).atMost(Duration.ofSeconds(30)).until(() -> {
			jdbc.sql("select pg_stat_clear_snapshot()").query().singleRow();
			Map<String, Object> read = jdbc.sql("""
					select xact_commit + xact_rollback as transactions, tup_inserted, tup_updated, tup_deleted
					  from pg_stat_database where datname = current_database()
					""").query().singleRow();
			boolean stable = read.equals(last.get(0));
			last.set(0, read);
			return stable;
		});
		Map<String, Object> stats = last.get(0);
		String load = "";
		try {
			load = Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (Exception ex) {
			// not Linux
		}
		return new Usage(jvm, database, ((Number) stats.get("transactions")).longValue(),
				((Number) stats.get("tup_inserted")).longValue(), ((Number) stats.get("tup_updated")).longValue(),
				((Number) stats.get("tup_deleted")).longValue(), load);
	}

	/**
	 * CPU of the embedded PostgreSQL: the postmaster (pg_ctl detaches it from this JVM)
	 * and its live processes.
	 */
	private long postgresCpuNanos() {
		if (this.postmaster == null) {
			long backend = this.context.getBean(JdbcClient.class)
				.sql("select pg_backend_pid()")
				.query(Long.class)
				.single();
			this.postmaster = ProcessHandle.of(backend).flatMap(ProcessHandle::parent).orElse(null);
			if (this.postmaster == null) {
				return 0;
			}
		}
		return cpuNanos(this.postmaster) + this.postmaster.descendants().mapToLong(ReportingBenchmark::cpuNanos).sum();
	}

	private static long cpuNanos(ProcessHandle process) {
		try {
			String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// utime and stime (fields 14 and 15 of the line), in clock ticks of 10 ms
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
		}
		catch (Exception ex) {
			return 0;
		}
	}

	private static void report(int n, long elapsed, long drained, Usage before, Usage done, Usage after) {
		System.out.printf(Locale.ROOT,
				"  listeners caught up %.1f s after the last submission (%.1f submissions/s including them)%n",
				drained / 1e9, n / ((elapsed + drained) / 1e9));
		System.out.printf(Locale.ROOT,
				"  CPU per submission, listeners included: application JVM %.1f ms, PostgreSQL %.1f ms "
						+ "(until the last submission: %.1f + %.1f ms)%n",
				(after.jvm() - before.jvm()) / 1e6 / n, (after.database() - before.database()) / 1e6 / n,
				(done.jvm() - before.jvm()) / 1e6 / n, (done.database() - before.database()) / 1e6 / n);
		System.out.printf(Locale.ROOT,
				"  per submission: %.1f transactions, %.1f rows inserted, %.1f updated, %.1f deleted%n",
				(after.transactions() - before.transactions()) / (double) n,
				(after.inserted() - before.inserted()) / (double) n, (after.updated() - before.updated()) / (double) n,
				(after.deleted() - before.deleted()) / (double) n);
		System.out.printf("  load average before: %s; after: %s%n", before.load(), after.load());
	}

	/**
	 * Submits a few reports one at a time with Spring's JDBC logging every statement
	 * (listeners included), between two marker lines.
	 */
	private void trace(List<Job> jobs) throws Exception {
		LoggingSystem logging = this.context.getBean(LoggingSystem.class);
		logging.setLogLevel("org.springframework.jdbc.core.JdbcTemplate", LogLevel.DEBUG);
		System.out.println("=== TRACE START ===");
		for (Job job : jobs) {
			System.out.println("TRACE submission " + job.submissionId());
			serviceSubmit(job);
		}
		drainListeners();
		System.out.println("=== TRACE END ===");
		logging.setLogLevel("org.springframework.jdbc.core.JdbcTemplate", null);
	}

	private void formProxy(List<Job> jobs) {
		int n = Math.min(500, jobs.size());
		long[] structureOnly = new long[n];
		long[] form = new long[n];
		int stride = Math.max(1, jobs.size() / n);
		for (int i = 0; i < n; i++) {
			long id = jobs.get(i * stride).submissionId();
			long t0 = System.nanoTime();
			Submission s = this.submissions.get(this.officer, id);
			long versionId = this.submissions.period(s).templateVersionId();
			long t1 = System.nanoTime();
			TemplateStructure structure = this.catalogue.structure(versionId);
			structureOnly[i] = System.nanoTime() - t1;
			this.submissions.content(s);
			form[i] = System.nanoTime() - t0;
			if (structure.cells().isEmpty()) {
				throw new IllegalStateException();
			}
		}
		print("Form data (get + period + Catalogue.structure + Submissions.content), sequential", form, 0, 0);
		print("  of which Catalogue.structure(versionId)", structureOnly, 0, 0);
	}

	private void http(List<Job> jobs, int threads) throws Exception {
		String port = this.context.getEnvironment().getProperty("local.server.port");
		String base = "http://localhost:" + port + "/api/v1/submissions/";
		String auth = "Basic "
				+ Base64.getEncoder().encodeToString((OFFICER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		Job probe = jobs.get(0);
		HttpResponse<String> first = client.send(HttpRequest.newBuilder(URI.create(base + probe.submissionId()))
			.header("Authorization", auth)
			.header("Accept", "application/json")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		if (first.statusCode() != 200) {
			System.out.printf("HTTP API: GET %s%d answered %d; the submissions API is not on this branch, skipped%n",
					base, probe.submissionId(), first.statusCode());
			return;
		}
		measure("HTTP API (PUT + POST submit, Basic auth), " + jobs.size() + " communes, " + threads + " threads", jobs,
				threads, (job) -> {
					long started = System.nanoTime();
					Map<String, Object> body = new LinkedHashMap<>();
					body.put("version", 0);
					body.put("values", job.values());
					Map<String, String> narratives = new LinkedHashMap<>();
					job.narratives().forEach((k, v) -> narratives.put(String.valueOf(k), v));
					body.put("narratives", narratives);
					send(client,
							HttpRequest.newBuilder(URI.create(base + job.submissionId()))
								.header("Authorization", auth)
								.header("Content-Type", "application/json")
								.header("Accept", "application/json")
								.PUT(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)))
								.build());
					long save = System.nanoTime() - started;
					send(client,
							HttpRequest.newBuilder(URI.create(base + job.submissionId() + "/submit"))
								.header("Authorization", auth)
								.header("Content-Type", "application/json")
								.header("Accept", "application/json")
								.POST(HttpRequest.BodyPublishers.ofString("{\"version\": 1}"))
								.build());
					return save;
				});
	}

	private static void send(HttpClient client, HttpRequest request) throws Exception {
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " → " + response.statusCode() + " "
					+ response.body().substring(0, Math.min(300, response.body().length())));
		}
	}

	private static void print(String label, long[] latencies, long elapsedNanos, int failures) {
		long[] sorted = latencies.clone();
		Arrays.sort(sorted);
		double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
		String rate = (elapsedNanos > 0) ? String.format(Locale.ROOT, "%.1f/s in %.1f s, ",
				sorted.length / (elapsedNanos / 1e9), elapsedNanos / 1e9) : "";
		System.out.printf(Locale.ROOT,
				"%s: %d done, %s%d failed; latency ms p50 %.1f, p95 %.1f, p99 %.1f, max %.1f, " + "mean %.1f%n", label,
				sorted.length, rate, failures, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
				sorted[sorted.length - 1] / 1e6, mean);
	}

	private static double pct(long[] sorted, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

	private static long millis(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1_000_000;
	}

	record Usage(long jvm, long database, long transactions, long inserted, long updated, long deleted, String load) {
	}

	record Job(long submissionId, long unitId, Map<String, Object> values, Map<Long, String> narratives) {
	}

	interface Task {

		/**
		 * Does the job; returns how long its first step (the save) took, in nanoseconds.
		 */
		long run(Job job) throws Exception;

	}

}
