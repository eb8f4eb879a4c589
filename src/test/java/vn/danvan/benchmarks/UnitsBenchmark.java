package vn.danvan.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.DanvanApplication;
import vn.danvan.units.CurrentUnit;
import vn.danvan.units.imports.ImportProgress;
import vn.danvan.units.imports.ImportReport;
import vn.danvan.units.imports.OfficialUnitLists;
import vn.danvan.units.Unit;
import vn.danvan.units.imports.UnitImports;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.Units;

/**
 * The queries every page of the tree makes, on the real administrative units (about
 * 14,000 units with history, imported from the official lists shipped with Danvan):
 * descendants of a province as of a date, a historical unit resolved to today's units,
 * and a search by name without diacritics. Run with {@code bench/units.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class UnitsBenchmark {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 1);

	ConfigurableApplicationContext context;

	Units units;

	long haNoiToday;

	long haNoiMarch2025;

	long konTum;

	long splitCommune;

	@Setup(Level.Trial)
	public void importRealData() throws Exception {
		this.context = new SpringApplicationBuilder(DanvanApplication.class).run("--server.port=0",
				"--danvan.embedded-database.ephemeral=true", "--danvan.data-dir=target/benchmark-data",
				"--danvan.accounts.admin-password=Benchmark-Password-1", "--spring.main.banner-mode=off",
				"--logging.level.root=warn", "--danvan.demo-data.enabled=false");
		long started = System.nanoTime();
		ImportReport report = OfficialUnitLists.importInto(this.context.getBean(UnitImports.class), "benchmark",
				ImportProgress.NONE);
		System.out.printf("%nImported %d units and %d successions in %d ms (%d warnings)%n", report.unitsCreated(),
				report.successionsCreated(), (System.nanoTime() - started) / 1_000_000, report.warnings().size());
		this.units = this.context.getBean(Units.class);
		this.haNoiToday = this.units.findByCode(UnitLevel.PROVINCE, "01", TODAY).orElseThrow().id();
		this.haNoiMarch2025 = this.units.findByCode(UnitLevel.PROVINCE, "01", MARCH_2025).orElseThrow().id();
		this.konTum = this.units.findByCode(UnitLevel.PROVINCE, "62", MARCH_2025).orElseThrow().id();
		this.splitCommune = this.context.getBean(JdbcClient.class)
			.sql("select from_unit from units.succession where partial group by from_unit order by count(*) desc limit 1")
			.query(Long.class)
			.single();
		this.context.getBean(JdbcClient.class).sql("analyze").update();
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.context.close();
	}

	@Benchmark
	public List<Unit> descendantsOfAProvinceToday() {
		return this.units.descendants(this.haNoiToday, TODAY, null);
	}

	@Benchmark
	public List<Unit> descendantsOfAProvinceBeforeTheReorganisation() {
		return this.units.descendants(this.haNoiMarch2025, MARCH_2025, null);
	}

	@Benchmark
	public List<CurrentUnit> resolveAHistoricalProvinceToToday() {
		return this.units.currentUnits(this.konTum, TODAY);
	}

	@Benchmark
	public List<CurrentUnit> resolveASplitCommuneToToday() {
		return this.units.currentUnits(this.splitCommune, TODAY);
	}

	@Benchmark
	public List<Unit> searchByNameWithoutDiacritics() {
		return this.units.search("dak lak", TODAY, null, null, 50);
	}

	@Benchmark
	public List<Unit> searchACommuneNameAcrossHistory() {
		return this.units.search("phuong ba dinh", MARCH_2025, null, null, 50);
	}

	@Benchmark
	public boolean scopeCheckOfACommune() {
		return this.units.isWithin(this.splitCommune, this.haNoiMarch2025, MARCH_2025);
	}

}
