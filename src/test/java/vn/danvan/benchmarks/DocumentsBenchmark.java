package vn.danvan.benchmarks;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.DanvanApplication;
import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.NewUser;
import vn.danvan.shared.security.Role;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.analytics.Analytics;
import vn.danvan.analytics.Inclusion;
import vn.danvan.analytics.View;
import vn.danvan.documents.reviews.DocumentRegister;
import vn.danvan.documents.IssueRequest;
import vn.danvan.documents.IssuedDocument;
import vn.danvan.documents.ReviewDraft;
import vn.danvan.documents.reviews.ReviewReports;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.periods.OpenPeriod;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.PeriodType;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.UnitOfficer;
import vn.danvan.reporting.Submissions;
import vn.danvan.reporting.catalogue.Template;
import vn.danvan.reporting.TemplateStructure;
import vn.danvan.reporting.DemoReports;
import vn.danvan.units.tree.NewUnit;
import vn.danvan.units.tree.UnitAdministration;
import vn.danvan.units.UnitKind;

import static org.awaitility.Awaitility.await;

/**
 * Time to compose and to issue the review report of a province with 200 communes that
 * have all handed in the 6-month report (issue 6; target below 2 s each): the application
 * on an ephemeral embedded PostgreSQL, a province of 200 communes, two periods a year
 * apart of the default template {@code BC_SO_KET_6_THANG} (65 cells, 16 narratives, about
 * 6 KB of text per report), every report saved and submitted; then, as the province's
 * commission officer, {@code ReviewReports.compose} and {@code ReviewReports.issue} timed
 * over several runs (after warm-up), and one PDF conversion when LibreOffice is
 * installed. Usage: {@code bench/documents.sh [--communes=200] [--runs=10]}.
 */
public final class DocumentsBenchmark {

	private static final String PASSWORD = "Mat-khau-do-hieu-nang-1";

	private static final String TEMPLATE = "BC_SO_KET_6_THANG";

	private final ConfigurableApplicationContext context;

	private DocumentsBenchmark(ConfigurableApplicationContext context) {
		this.context = context;
	}

	public static void main(String[] args) throws Exception {
		int communes = 200;
		int runs = 10;
		for (String arg : args) {
			if (arg.startsWith("--communes=")) {
				communes = Integer.parseInt(arg.substring("--communes=".length()));
			}
			else if (arg.startsWith("--runs=")) {
				runs = Integer.parseInt(arg.substring("--runs=".length()));
			}
		}
		List<String> spring = new ArrayList<>(List.of("--server.port=0", "--danvan.accounts.admin-password=" + PASSWORD,
				"--spring.main.banner-mode=off", "--logging.level.root=warn", "--danvan.demo-data.enabled=false",
				"--danvan.embedded-database.ephemeral=true", "--danvan.data-dir=target/benchmark-documents-data"));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DanvanApplication.class)
			.run(spring.toArray(String[]::new))) {
			new DocumentsBenchmark(context).run(communes, runs);
		}
	}

	private void run(int communeCount, int runs) throws Exception {
		UnitAdministration units = this.context.getBean(UnitAdministration.class);
		Accounts accounts = this.context.getBean(Accounts.class);
		Catalogue catalogue = this.context.getBean(Catalogue.class);
		Periods periods = this.context.getBean(Periods.class);
		Submissions submissions = this.context.getBean(Submissions.class);
		Analytics analytics = this.context.getBean(Analytics.class);
		ReviewReports reports = this.context.getBean(ReviewReports.class);
		DocumentRegister register = this.context.getBean(DocumentRegister.class);

		long started = System.nanoTime();
		LocalDate from = LocalDate.of(2020, 1, 1);
		long centre = units.create(new NewUnit("BENCHVN", "Trung ương thử", null, UnitKind.CENTRE, null, from),
				"bench");
		long province = units.create(
				new NewUnit("BENCHP", "Tỉnh Quảng Thử", "Tỉnh Quảng Thử", UnitKind.PROVINCE, centre, from), "bench");
		List<Long> communes = new ArrayList<>();
		for (int i = 1; i <= communeCount; i++) {
			communes.add(units.create(new NewUnit("BENCHC" + i, "Xã Thử Nghiệm " + i, "Xã Thử Nghiệm " + i,
					UnitKind.COMMUNE, province, from), "bench"));
		}
		accounts.create(new NewUser("bench.officer", "Cán bộ Ban Tuyên giáo và Dân vận Tỉnh ủy", null, PASSWORD,
				Set.of(Role.COMMISSION_OFFICER), province), "bench");
		SignedInUser officer = accounts.principal("bench.officer").orElseThrow();
		System.out.printf("Created a province with %d communes in %d ms%n", communeCount, millis(started));

		Template template = catalogue.templates()
			.stream()
			.filter((t) -> t.code().equals(TEMPLATE))
			.findFirst()
			.orElseThrow();
		TemplateStructure structure = catalogue.structure(template.latestVersionId());
		Period lastYear = open(periods, officer, template, province, "Sơ kết 6 tháng đầu năm 2025",
				LocalDate.of(2024, 12, 15), LocalDate.of(2025, 6, 14));
		Period period = open(periods, officer, template, province, "Sơ kết 6 tháng đầu năm 2026",
				LocalDate.of(2025, 12, 15), LocalDate.of(2026, 6, 14));
		started = System.nanoTime();
		java.util.Set<String> computed = DemoReports.computedKeys(this.context, structure);
		submitAll(submissions, officer, structure, computed, lastYear, communes, 1000);
		submitAll(submissions, officer, structure, computed, period, communes, 0);
		System.out.printf("Saved and submitted %d reports (2 periods) in %d ms%n", 2 * communes.size(),
				millis(started));
		started = System.nanoTime();
		await().atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> analytics.dashboard(officer, province, period.id(), View.AS_WAS, Inclusion.SUBMITTED)
				.coverage()
				.handedIn() == communeCount
					&& analytics.dashboard(officer, province, lastYear.id(), View.AS_WAS, Inclusion.SUBMITTED)
						.coverage()
						.handedIn() == communeCount);
		System.out.printf("Analytics added them up within %d ms%n", millis(started));
		this.context.getBean(JdbcClient.class).sql("analyze").update();

		int warmUp = 3;
		long[] compose = new long[runs];
		long[] issue = new long[runs];
		long[] read = new long[runs];
		ReviewDraft sample = null;
		IssuedDocument document = null;
		for (int i = -warmUp; i < runs; i++) {
			long t0 = System.nanoTime();
			ReviewDraft draft = reports.compose(officer, province, period.id());
			long t1 = System.nanoTime();
			reports.get(officer, draft.id());
			long tRead = System.nanoTime() - t1;
			t1 = System.nanoTime();
			document = reports
				.issue(officer, draft.id(),
						new IssueRequest(null, IssueRequest.Signer.HEAD, "Trần Văn Bình", null, null))
				.document();
			long t2 = System.nanoTime();
			if (i >= 0) {
				compose[i] = t1 - t0;
				issue[i] = t2 - t1;
				read[i] = tRead;
			}
			sample = draft;
		}
		int compiled = sample.sections().stream().mapToInt((s) -> s.compiled().size()).sum();
		long compiledChars = sample.sections()
			.stream()
			.flatMap((s) -> s.compiled().stream())
			.mapToLong((c) -> c.text().length())
			.sum();
		System.out.printf(Locale.ROOT, "Draft: %d sections, %d narratives of units below (%,d characters)%n",
				sample.sections().size(), compiled, compiledChars);
		System.out.printf(Locale.ROOT, "Issued document %s: DOCX %,d bytes, XLSX %,d bytes%n", document.numberText(),
				register.docx(officer, document.id()).length, register.xlsx(officer, document.id()).length);
		print("Compose (ReviewReports.compose)", compose);
		print("Read the draft (ReviewReports.get, what the draft page shows)", read);
		print("Issue (ReviewReports.issue: number, DOCX, XLSX, store)", issue);
		java.nio.file.Path out = java.nio.file.Path.of("target", "documents-benchmark-report");
		java.nio.file.Files.write(out.resolveSibling(out.getFileName() + ".docx"),
				register.docx(officer, document.id()));
		java.nio.file.Files.write(out.resolveSibling(out.getFileName() + ".xlsx"),
				register.xlsx(officer, document.id()));
		if (register.pdfAvailable()) {
			long t0 = System.nanoTime();
			byte[] pdf = register.pdf(officer, document.id());
			System.out.printf(Locale.ROOT, "PDF by LibreOffice (first conversion): %d ms, %,d bytes%n", millis(t0),
					pdf.length);
			java.nio.file.Files.write(out.resolveSibling(out.getFileName() + ".pdf"), pdf);
		}
		else {
			System.out.println("PDF: LibreOffice not installed, not measured");
		}
		System.out.println("The last issued report is in " + out + ".docx/.xlsx/.pdf");
	}

	private static Period open(Periods periods, SignedInUser officer, Template template, long province, String name,
			LocalDate from, LocalDate to) {
		return periods.open(officer,
				new OpenPeriod(template.id(), PeriodType.SIX_MONTH, name, from, to, to.plusDays(6), List.of(province)));
	}

	private static void submitAll(Submissions submissions, SignedInUser officer, TemplateStructure structure,
			java.util.Set<String> computed, Period period, List<Long> communes, long seedOffset) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> jobs = new ArrayList<>();
			for (long commune : communes) {
				jobs.add(pool.submit(() -> {
					Submission s = submissions.find(officer, period.id(), commune).orElseThrow();
					UnitOfficer reporter = new UnitOfficer(officer.getUsername(), commune);
					s = submissions.save(reporter, s.id(), s.version(),
							DemoReports.values(structure, commune + seedOffset, computed),
							DemoReports.narratives(structure, "Xã Thử Nghiệm " + commune), "BENCHMARK");
					submissions.submit(reporter, s.id(), s.version());
					return null;
				}));
			}
			for (Future<?> job : jobs) {
				job.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private static void print(String label, long[] nanos) {
		long[] sorted = Arrays.copyOf(nanos, nanos.length);
		Arrays.sort(sorted);
		System.out.printf(Locale.ROOT, "%s, %d runs: p50 %d ms, min %d ms, max %d ms, mean %d ms%n", label,
				sorted.length, sorted[sorted.length / 2] / 1_000_000, sorted[0] / 1_000_000,
				sorted[sorted.length - 1] / 1_000_000, Arrays.stream(sorted).sum() / sorted.length / 1_000_000);
	}

	private static long millis(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
