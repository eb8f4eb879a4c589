package vn.danvan.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.accounts.Accounts;
import vn.danvan.reporting.computed.ComputedBinding;
import vn.danvan.reporting.computed.ComputedFigures;
import vn.danvan.shared.figures.Measure;
import vn.danvan.shared.figures.MeasureQuery;
import vn.danvan.shared.figures.MeasureSource;
import vn.danvan.units.imports.ImportReport;
import vn.danvan.units.RealAdministrativeUnits;
import vn.danvan.units.imports.UnitImports;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

/**
 * The measurements of issue 21 on generated registries over the real national tree: with
 * 50,000 registered models and exemplary persons and 200,000 commendation recipients
 * spread over today's communes, (a) the computed figures of a provincial report, every
 * bound figure together plus the awards' counts by form and kind, as reporting computes
 * them when the form opens (target < 200 ms), and (b) the first page of a province's
 * filtered model list through the JSON API, as a province officer (target < 50 ms).
 * Generates into its own data directory on first run (the real tree through the official
 * import, then the records in SQL). Run with {@code bench/practices.sh
 * [--data-dir=target/practices-data] [--models=50000] [--recipients=200000] [--runs=200]}.
 */
public final class PracticesBenchmark {

	static final Set<String> OPTIONS = Set.of("data-dir", "models", "recipients", "runs");

	static final String PROVINCE_OFFICER = "bench.tinh";

	private PracticesBenchmark() {
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
		Path directory = Path.of(options.getOrDefault("data-dir", "target/practices-data"));
		int models = Integer.parseInt(options.getOrDefault("models", "50000"));
		int recipients = Integer.parseInt(options.getOrDefault("recipients", "200000"));
		int runs = Integer.parseInt(options.getOrDefault("runs", "200"));
		System.out.printf("Machine: %d processors, JVM max heap %s, load average %s%n",
				Runtime.getRuntime().availableProcessors(), NationalData.size(Runtime.getRuntime().maxMemory()),
				NationalData.loadAverage());
		long started = System.nanoTime();
		try (ConfigurableApplicationContext context = NationalData.start(directory)) {
			System.out.printf("Started in %s%n", NationalData.seconds(NationalData.millis(started)));
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			Units units = context.getBean(Units.class);
			if (units.findByCode(UnitLevel.CENTRAL, "VN", UnitScope.today()).isEmpty()) {
				long t = System.nanoTime();
				ImportReport report = RealAdministrativeUnits.importAgain(context.getBean(UnitImports.class));
				System.out.printf("Real units imported: %d units, %d successions (%s)%n", report.unitsCreated(),
						report.successionsCreated(), NationalData.seconds(NationalData.millis(t)));
			}
			generate(jdbc, models, recipients);
			List<Long> provinces = jdbc.sql("""
					select unit_id from units.unit_version_view
					 where level = 'PROVINCE' and valid @> current_date order by code""").query(Long.class).list();
			long quangNgai = units.findByCode(UnitLevel.PROVINCE, "51", UnitScope.today()).orElseThrow().id();
			System.out.printf("Data: %d models and exemplary persons, %d decisions, %d recipients; %d provinces%n",
					count(jdbc, "practices.practice"), count(jdbc, "awards.decision"), count(jdbc, "awards.recipient"),
					provinces.size());
			computedFigures(context, provinces, runs);
			modelList(context, quangNgai, provinces, runs);
		}
	}

	/**
	 * Models owned by today's communes (kinds, fields, statuses, recognitions and years
	 * spread deterministically), and decisions of the provinces' commissions of 20
	 * recipients each among their communes. Only what is missing is added.
	 */
	static void generate(JdbcClient jdbc, int models, int recipients) {
		long have = count(jdbc, "practices.practice");
		if (have < models) {
			long t = System.nanoTime();
			jdbc.sql(
					"""
							with communes as (
							  select unit_id, (row_number() over (order by unit_id) - 1)::int as n, count(*) over ()::int as total
							    from units.unit_version_view where level = 'COMMUNE' and valid @> current_date)
							insert into practices.practice (name, kind, subject, owner_unit_id, fields, target_groups, theme,
							       registered_on, started_on, description, status, effective, level, recognised_on,
							       exemplary, proposed_on, created_by, updated_by)
							select 'Mô hình dân vận khéo số ' || g,
							       case when g % 5 = 0 then 'EXEMPLAR' else 'MODEL' end,
							       case when g % 5 = 0 then 'INDIVIDUAL' else 'COLLECTIVE' end,
							       c.unit_id,
							       array[(array['KINH_TE','VAN_HOA_XA_HOI','QUOC_PHONG_AN_NINH','XAY_DUNG_HTCT',
							              'NONG_THON_MOI','CHUYEN_DOI_SO'])[1 + g % 6]],
							       array[(array['DAN_TOC_THIEU_SO','TON_GIAO','NONG_DAN','PHU_NU','THANH_NIEN'])[1 + g % 5]],
							       null,
							       make_date(2020 + g % 7, 1 + g % 12, 1 + g % 28),
							       make_date(2020 + g % 7, 1 + g % 12, 1 + g % 28) + 30,
							       'Vận động nhân dân tham gia ' || g,
							       (array['REGISTERED','IN_PROGRESS','IN_PROGRESS','REPLICATED','ENDED'])[1 + g % 5],
							       case when g % 3 = 0 then null else g % 4 <> 0 end,
							       case when g % 4 = 1 then (array['COMMUNE','PROVINCE','CENTRAL'])[1 + g % 3] end,
							       case when g % 4 = 1 then make_date(2020 + g % 7, 1 + g % 12, 1 + g % 28) + 200 end,
							       g % 40 = 1,
							       case when g % 10 = 1 then make_date(2020 + g % 7, 1 + g % 12, 1 + g % 28) + 250 end,
							       'benchmark', 'benchmark'
							  from generate_series(cast(:from as int), cast(:to as int)) g
							  join communes c on c.n = (g * 7919) % c.total""")
				.param("from", have + 1)
				.param("to", models)
				.update();
			jdbc.sql("analyze practices.practice").update();
			System.out.printf("Generated %d models (%s)%n", models - have,
					NationalData.seconds(NationalData.millis(t)));
		}
		long haveRecipients = count(jdbc, "awards.recipient");
		if (haveRecipients < recipients) {
			long t = System.nanoTime();
			int decisions = (int) Math.ceil((recipients - haveRecipients) / 20.0);
			long firstDecision = count(jdbc, "awards.decision");
			jdbc.sql(
					"""
							with provinces as (
							  select unit_id, (row_number() over (order by unit_id) - 1)::int as n, count(*) over ()::int as total
							    from units.unit_version_view where level = 'PROVINCE' and valid @> current_date)
							insert into awards.decision (number, decided_on, issuing_unit_id, form, level, reason, campaign,
							       created_by, updated_by)
							select d || '-QĐ/BDVTU', make_date(2020 + d % 7, 1 + d % 12, 1 + d % 28), p.unit_id,
							       (array['GIAY_KHEN','BANG_KHEN','BIEU_DUONG','CO_THI_DUA'])[1 + d % 4], 'PROVINCE',
							       'Thành tích xuất sắc', case when d % 3 = 0 then 'Dân vận khéo' else '' end,
							       'benchmark', 'benchmark'
							  from generate_series(cast(:from as int), cast(:to as int)) d
							  join provinces p on p.n = d % p.total""")
				.param("from", firstDecision + 1)
				.param("to", firstDecision + decisions)
				.update();
			jdbc.sql(
					"""
							with children as (
							  select parent_id, unit_id, (row_number() over (partition by parent_id order by unit_id) - 1)::int as n,
							         count(*) over (partition by parent_id)::int as total
							    from units.unit_version_view where level = 'COMMUNE' and valid @> current_date)
							insert into awards.recipient (decision_id, position_no, kind, name, job_title, unit_id)
							select d.id, r, case when r % 3 = 0 then 'COLLECTIVE' else 'INDIVIDUAL' end,
							       case when r % 3 = 0 then '' else 'Nguyễn Văn ' || d.id || '-' || r end,
							       case when r % 3 = 0 then '' else 'Trưởng thôn' end, c.unit_id
							  from awards.decision d
							  cross join generate_series(1, 20) r
							  join children c on c.parent_id = d.issuing_unit_id and c.n = (d.id * 31 + r) % c.total
							 where not exists (select 1 from awards.recipient x where x.decision_id = d.id)""")
				.update();
			jdbc.sql("analyze awards.decision").update();
			jdbc.sql("analyze awards.recipient").update();
			System.out.printf("Generated %d decisions with their recipients (%s)%n", decisions,
					NationalData.seconds(NationalData.millis(t)));
		}
	}

	/**
	 * Every bound computed figure of a 6-month report plus the awards' counts by form and
	 * kind, for a province and its subtree, as one report's opening computes them.
	 */
	static void computedFigures(ConfigurableApplicationContext context, List<Long> provinces, int runs) {
		ComputedFigures figures = context.getBean(ComputedFigures.class);
		List<MeasureSource> sources = new ArrayList<>(context.getBeansOfType(MeasureSource.class).values());
		List<ComputedBinding> bindings = new ArrayList<>(figures.bindings());
		List<Query> queries = new ArrayList<>();
		for (ComputedBinding binding : bindings) {
			queries.add(new Query(binding.cellKey(), binding.measure(), binding.filters(),
					source(sources, binding.measure())));
		}
		MeasureSource awards = source(sources, "awards.recipients");
		for (String form : List.of("GIAY_KHEN", "BANG_KHEN", "BIEU_DUONG")) {
			for (String kind : List.of("COLLECTIVE", "INDIVIDUAL")) {
				queries.add(new Query("awards " + form + " " + kind, "awards.recipients",
						Map.of("form", form, "kind", kind), awards));
			}
		}
		LocalDate from = LocalDate.of(2026, 1, 1);
		LocalDate to = LocalDate.of(2026, 6, 30);
		for (Long province : provinces) {
			evaluateAll(queries, new MeasureQuery(province, from, to, UnitScope.today()));
		}
		List<Long> times = new ArrayList<>();
		long total = 0;
		for (int i = 0; i < runs; i++) {
			long province = provinces.get(i % provinces.size());
			long t = System.nanoTime();
			total += evaluateAll(queries, new MeasureQuery(province, from, to, UnitScope.today()));
			times.add(System.nanoTime() - t);
		}
		System.out.printf(
				"Computed figures of a provincial report: %d figures together (%d bound + %d awards' counts),"
						+ " %d runs over %d provinces: %s (checksum %d)%n",
				queries.size(), bindings.size(), queries.size() - bindings.size(), runs, provinces.size(),
				percentiles(times), total);
	}

	private static long evaluateAll(List<Query> queries, MeasureQuery query) {
		long sum = 0;
		for (Query q : queries) {
			sum += q.source().evaluate(q.measure(), q.filters(), query).value().longValue();
		}
		return sum;
	}

	/**
	 * The first page of the model list of a province (its subtree, newest first), then
	 * filtered by field and by text, through {@code GET /api/v1/practices} as the
	 * province's commission officer.
	 */
	static void modelList(ConfigurableApplicationContext context, long quangNgai, List<Long> provinces, int runs)
			throws Exception {
		Accounts accounts = context.getBean(Accounts.class);
		if (accounts.findByUsername(PROVINCE_OFFICER).isEmpty()) {
			accounts.create(new vn.danvan.accounts.NewUser(PROVINCE_OFFICER, "Cán bộ Ban Dân vận Tỉnh (thử tải)", null,
					NationalData.PASSWORD, Set.of(vn.danvan.shared.security.Role.COMMISSION_OFFICER), quangNgai),
					"benchmark");
		}
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		HttpClient http = HttpClient.newHttpClient();
		String auth = "Basic " + Base64.getEncoder()
			.encodeToString((PROVINCE_OFFICER + ":" + NationalData.PASSWORD).getBytes(StandardCharsets.UTF_8));
		for (String filter : List.of("", "&field=KINH_TE", "&q=dan%20van%20kheo%20so%2012",
				"&status=IN_PROGRESS&year=2024")) {
			String url = "http://localhost:" + port + "/api/v1/practices?unit=" + quangNgai + filter;
			HttpRequest request = HttpRequest.newBuilder(URI.create(url))
				.header("Authorization", auth)
				.header("Accept", "application/json")
				.build();
			String body = "";
			for (int i = 0; i < 20; i++) {
				HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200) {
					throw new IllegalStateException(
							url + " answered " + response.statusCode() + ": " + response.body());
				}
				body = response.body();
			}
			List<Long> times = new ArrayList<>();
			for (int i = 0; i < runs; i++) {
				long t = System.nanoTime();
				http.send(request, HttpResponse.BodyHandlers.ofString());
				times.add(System.nanoTime() - t);
			}
			System.out.printf("Model list of Quảng Ngãi, first page%s: %d bytes, %d runs: %s%n",
					filter.isEmpty() ? "" : " (" + filter.substring(1) + ")", body.length(), runs, percentiles(times));
		}
	}

	private static MeasureSource source(List<MeasureSource> sources, String measure) {
		return sources.stream()
			.filter((s) -> s.measures().stream().map(Measure::name).anyMatch(measure::equals))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no source publishes " + measure));
	}

	private static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	static String percentiles(List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms", at(sorted, 0.50), at(sorted, 0.95),
				sorted.get(sorted.size() - 1) / 1e6);
	}

	private static double at(List<Long> sorted, double q) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
	}

	record Query(String label, String measure, Map<String, String> filters, MeasureSource source) {
	}

}
