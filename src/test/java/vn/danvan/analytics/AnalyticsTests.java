package vn.danvan.analytics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.periods.OpenPeriod;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.PeriodType;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.SubmissionState;
import vn.danvan.reporting.Submissions;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.security.Role;
import vn.danvan.units.tree.NewUnit;
import vn.danvan.units.tree.RecordSuccession;
import vn.danvan.units.tree.UnitAdministration;
import vn.danvan.units.UnitKind;
import vn.danvan.units.UnitScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Figures add up the tree as reports are handed in, returned, approved and reopened; as
 * the tree was and in today's structure; percentages from summed parts; always equal to a
 * recomputation.
 */
@DanvanIntegrationTest
class AnalyticsTests {

	/**
	 * What the rebuild under test does between its two reads (nothing unless a test
	 * says).
	 */
	static volatile Consumer<Collection<Long>> betweenReads = (periodIds) -> {
	};

	@TestConfiguration
	static class BetweenReads {

		@Bean
		RebuildObserver rebuildObserver() {
			return (periodIds) -> betweenReads.accept(periodIds);
		}

	}

	private static final LocalDate REORGANISED = LocalDate.of(2025, 7, 1);

	@Autowired
	UnitAdministration unitAdministration;

	@Autowired
	Accounts accounts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Periods periods;

	@Autowired
	Submissions submissions;

	@Autowired
	Analytics analytics;

	@Autowired
	Rebuilds rebuilds;

	@Autowired
	Rollup rollup;

	@Autowired
	RollupRepository maps;

	@Autowired
	DeltaRepository deltas;

	@Autowired
	ConsistencyRepository consistency;

	@Autowired
	org.springframework.transaction.support.TransactionOperations transactions;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	ReportingFixture world;

	SignedInUser admin;

	@Autowired
	vn.danvan.units.Units units;

	long oldProvince;

	long oldCommune;

	Period period;

	@BeforeEach
	void world() {
		this.world = new ReportingFixture(this.unitAdministration, this.accounts, this.catalogue, this.periods);
		this.admin = this.world.signedIn("admin");
		// Before the reorganisation a second province with one commune; on 1/7/2025 the
		// province merges into the fixture's province and its commune into the first
		// commune.
		this.oldProvince = this.unitAdministration.create(new NewUnit(this.world.prefix + "Q",
				"Tỉnh Cũ " + this.world.prefix, null, UnitKind.PROVINCE, this.world.centre, ReportingFixture.START),
				"test");
		this.oldCommune = this.unitAdministration.create(new NewUnit(this.world.prefix + "Q1",
				"Xã Cũ " + this.world.prefix, null, UnitKind.COMMUNE, this.oldProvince, ReportingFixture.START),
				"test");
		this.unitAdministration.recordSuccession(new RecordSuccession(REORGANISED,
				List.of(new RecordSuccession.Link(this.oldCommune, this.world.commune, false)), null), "test");
		this.unitAdministration.recordSuccession(
				new RecordSuccession(REORGANISED,
						List.of(new RecordSuccession.Link(this.oldProvince, this.world.province, false)), null),
				"test");
		this.period = this.periods.open(this.admin,
				new OpenPeriod(this.world.template.template().id(), PeriodType.SIX_MONTH,
						"Sơ kết 6 tháng đầu năm 2021 " + this.world.prefix, LocalDate.of(2021, 1, 1),
						LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 15), List.of(this.world.centre)));
	}

	@Test
	void aHandedInReportShowsAtTheProvinceAndTheCentre() {
		submit(this.world.commune,
				Map.of(code("REG") + ".A", "1.200", code("REG") + ".B", "34", code("MEM"), "30", code("ELIG"), "100"));
		SignedInUser provinceOfficer = this.world.signedIn(this.world.provinceOfficer);
		Dashboard province = await().atMost(Duration.ofSeconds(60))
			.until(() -> dashboard(provinceOfficer, this.world.province, View.AS_WAS, Inclusion.SUBMITTED),
					(d) -> d.coverage().handedIn() == 1);
		assertThat(province.coverage().expected()).isEqualTo(2);
		assertThat(figure(province, code("REG"))).isEqualByComparingTo("1234");
		assertThat(figure(province, code("REG") + ".A")).isEqualByComparingTo("1200");
		assertThat(figure(province, code("RATE"))).isEqualByComparingTo("30.0");
		Dashboard centre = dashboard(this.admin, this.world.centre, View.AS_WAS, Inclusion.SUBMITTED);
		assertThat(centre.coverage().expected()).isEqualTo(3);
		assertThat(figure(centre, code("REG"))).isEqualByComparingTo("1234");
		assertThat(dashboard(provinceOfficer, this.world.province, View.AS_WAS, Inclusion.APPROVED).reporting())
			.isZero();
		assertThat(
				figure(dashboard(provinceOfficer, this.world.province, View.AS_WAS, Inclusion.APPROVED), code("REG")))
			.isNull();
	}

	@Test
	void percentagesComeFromSummedPartsNeverFromAnAverage() {
		submit(this.world.commune, Map.of(code("REG") + ".A", "1", code("MEM"), "30", code("ELIG"), "100"));
		submit(this.world.otherCommune, Map.of(code("REG") + ".A", "1", code("MEM"), "10", code("ELIG"), "10"));
		Dashboard province = await().atMost(Duration.ofSeconds(60))
			.until(() -> dashboard(this.admin, this.world.province, View.AS_WAS, Inclusion.SUBMITTED),
					(d) -> d.coverage().handedIn() == 2);
		// 40 / 110, not the mean of 30 % and 100 %
		assertThat(figure(province, code("RATE"))).isEqualByComparingTo("36.4");
	}

	@Test
	void historyShowsAsItWasOrInTodaysStructure() {
		submit(this.world.commune, Map.of(code("REG") + ".A", "100", code("MEM"), "1"));
		submit(this.oldCommune, Map.of(code("REG") + ".A", "20", code("MEM"), "1"));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> dashboard(this.admin, this.world.centre, View.AS_WAS, Inclusion.SUBMITTED),
					(d) -> d.coverage().handedIn() == 2);
		Dashboard asItWas = dashboard(this.admin, this.world.province, View.AS_WAS, Inclusion.SUBMITTED);
		Dashboard today = dashboard(this.admin, this.world.province, View.CURRENT, Inclusion.SUBMITTED);
		assertThat(figure(asItWas, code("REG"))).isEqualByComparingTo("100");
		assertThat(asItWas.coverage().expected()).isEqualTo(2);
		assertThat(figure(today, code("REG"))).isEqualByComparingTo("120");
		assertThat(today.coverage().expected()).isEqualTo(3);
		assertThat(figure(dashboard(this.admin, this.world.commune, View.CURRENT, Inclusion.SUBMITTED), code("REG")))
			.isEqualByComparingTo("120");
		assertThat(figure(dashboard(this.admin, this.oldProvince, View.AS_WAS, Inclusion.SUBMITTED), code("REG")))
			.isEqualByComparingTo("20");
		assertThat(figure(dashboard(this.admin, this.world.centre, View.CURRENT, Inclusion.SUBMITTED), code("REG")))
			.isEqualByComparingTo("120");
		// The old province is not in today's tree; its officer's successor sees it as it
		// was.
		assertThatExceptionOfType(AnalyticsException.class)
			.isThrownBy(() -> dashboard(this.admin, this.oldProvince, View.CURRENT, Inclusion.SUBMITTED))
			.satisfies((e) -> assertThat(e.status()).isEqualTo(404));
		SignedInUser provinceOfficer = this.world.signedIn(this.world.provinceOfficer);
		assertThat(figure(dashboard(provinceOfficer, this.oldProvince, View.AS_WAS, Inclusion.SUBMITTED), code("REG")))
			.isEqualByComparingTo("20");
		assertThat(this.analytics
			.below(this.admin, this.world.province, this.period.id(), View.CURRENT, Inclusion.SUBMITTED, code("REG"))
			.stream()
			.map((u) -> u.unit().id() + "=" + u.value()))
			.containsExactlyInAnyOrder(this.world.commune + "=120", this.world.otherCommune + "=null");
	}

	@Test
	void unitsOutsideTheScopeAreNotFound() {
		SignedInUser communeOfficer = this.world.signedIn(this.world.communeOfficer);
		for (long unit : new long[] { this.world.province, this.world.otherCommune, this.world.centre }) {
			assertThatExceptionOfType(AnalyticsException.class)
				.isThrownBy(() -> dashboard(communeOfficer, unit, View.AS_WAS, Inclusion.SUBMITTED))
				.satisfies((e) -> assertThat(e.status()).isEqualTo(404));
		}
		assertThat(dashboard(communeOfficer, this.world.commune, View.AS_WAS, Inclusion.SUBMITTED).unit().id())
			.isEqualTo(this.world.commune);
		assertThatExceptionOfType(AnalyticsException.class)
			.isThrownBy(() -> this.analytics.dashboard(this.admin, this.world.province, Long.MAX_VALUE, View.AS_WAS,
					Inclusion.SUBMITTED))
			.satisfies((e) -> assertThat(e.status()).isEqualTo(404));
		assertThatExceptionOfType(AnalyticsException.class)
			.isThrownBy(() -> this.analytics.below(this.admin, this.world.province, this.period.id(), View.AS_WAS,
					Inclusion.SUBMITTED, "NO_SUCH_INDICATOR"))
			.satisfies((e) -> assertThat(e.status()).isEqualTo(404));
	}

	/**
	 * A random walk of saves, hand-ins, returns, approvals and reopenings over the three
	 * communes: the kept sums always end equal to a recomputation from the reports, and
	 * to what the walk itself expects.
	 */
	@Test
	void keptSumsEqualARecomputationAfterRandomChanges() {
		Random random = new Random(20261123);
		long[] units = { this.world.commune, this.world.otherCommune, this.oldCommune };
		for (int step = 0; step < 40; step++) {
			long unit = units[random.nextInt(units.length)];
			Submission s = this.submissions.find(this.admin, this.period.id(), unit).orElseThrow();
			switch (s.state()) {
				case NOT_STARTED, DRAFT, RETURNED -> {
					if (random.nextBoolean()) {
						s = this.submissions.save(reporter(unit), s.id(), s.version(),
								Map.of(code("REG") + ".A", String.valueOf(random.nextInt(500)), code("MEM"),
										String.valueOf(random.nextInt(90)), code("ELIG"), "100"),
								Map.of(), "FORM");
					}
					if (s.state() != SubmissionState.NOT_STARTED) {
						this.submissions.submit(reporter(unit), s.id(), s.version());
					}
				}
				case SUBMITTED -> {
					if (random.nextBoolean()) {
						this.submissions.approve(this.admin, s.id(), s.version());
					}
					else {
						this.submissions.returnToUnit(this.admin, s.id(), "Sửa lại số liệu", s.version());
					}
				}
				case APPROVED -> this.submissions.reopen(this.admin, s.id(), "Điều chỉnh", s.version());
			}
		}
		long expectedApproved = 0;
		int approved = 0;
		for (long unit : units) {
			Submission s = this.submissions.find(this.admin, this.period.id(), unit).orElseThrow();
			if (s.state() == SubmissionState.APPROVED) {
				approved++;
				expectedApproved += this.submissions.content(s).numbers().get(code("REG") + ".A").longValue();
			}
		}
		int approvedUnits = approved;
		Dashboard centre = await().atMost(Duration.ofSeconds(60))
			.until(() -> dashboard(this.admin, this.world.centre, View.AS_WAS, Inclusion.APPROVED),
					(d) -> d.coverage().approved() == approvedUnits
							&& this.rebuilds.check(this.admin, this.period.id()).consistent());
		BigDecimal shown = figure(centre, code("REG") + ".A");
		assertThat((shown != null) ? shown.longValue() : 0L).isEqualTo(expectedApproved);
		ConsistencyReport report = this.rebuilds.check(this.admin, this.period.id());
		assertThat(report.periodsChecked()).isEqualTo(1);
		assertThat(report.sumsChecked()).isPositive();
		assertThat(report.differences()).isEmpty();
		// A rebuild replaces the sums in place: those no report adds up to any more go.
		this.rollup.rebuild(this.period);
		assertThat(this.jdbc.sql("""
				select count(*) from analytics.aggregate where period_id = ? and reported_submitted = 0
				""").param(this.period.id()).query(Long.class).single()).isZero();
		assertThat(this.rebuilds.check(this.admin, this.period.id()).differences()).isEmpty();
		assertThat(
				figure(dashboard(this.admin, this.world.centre, View.AS_WAS, Inclusion.APPROVED), code("REG") + ".A"))
			.isEqualTo(shown);
	}

	@Test
	void aRebuildGivesTheSameSumsAndRefusesASecondAtOnce() {
		submit(this.world.commune, Map.of(code("REG") + ".A", "7", code("MEM"), "1"));
		// A period of today's tree too (after the reorganisation): both views add up
		// alike.
		Period recent = this.periods.open(this.admin,
				new OpenPeriod(this.world.template.template().id(), PeriodType.SIX_MONTH,
						"Sơ kết 6 tháng đầu năm 2026 " + this.world.prefix, LocalDate.of(2026, 1, 1),
						LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 15), List.of(this.world.centre)));
		submit(recent, this.world.commune, Map.of(code("REG") + ".A", "11", code("MEM"), "3", code("ELIG"), "4"));
		submit(recent, this.world.otherCommune, Map.of(code("REG") + ".B", "2", code("MEM"), "1", code("ELIG"), "4"));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> dashboard(this.admin, this.world.province, View.AS_WAS, Inclusion.SUBMITTED),
					(d) -> d.coverage().handedIn() == 1);
		RebuildStatus status = this.rebuilds.rebuildAll("test");
		assertThat(status.state()).isEqualTo("DONE");
		assertThat(status.periodsDone()).isEqualTo(status.periodsTotal());
		assertThat(figure(dashboard(this.admin, this.world.province, View.AS_WAS, Inclusion.SUBMITTED), code("REG")))
			.isEqualByComparingTo("7");
		assertThat(this.rebuilds.check(this.admin, this.period.id()).differences()).isEmpty();
		assertThat(this.rebuilds.check(this.admin, recent.id()).differences()).isEmpty();
		// The tree of 2026 is today's: its sums are kept once for both views; those of
		// 2021 (before the merge) twice.
		assertThat(this.consistency.count(recent.id(), View.AS_WAS)).isPositive();
		assertThat(this.consistency.count(recent.id(), View.CURRENT)).isZero();
		assertThat(this.consistency.count(this.period.id(), View.CURRENT)).isPositive();
		for (View view : View.values()) {
			Dashboard centre = this.analytics.dashboard(this.admin, this.world.centre, recent.id(), view,
					Inclusion.SUBMITTED);
			assertThat(centre.coverage().handedIn()).isEqualTo(2);
			assertThat(figure(centre, code("REG"))).isEqualByComparingTo("13");
			assertThat(figure(centre, code("RATE"))).isEqualByComparingTo("50.0");
		}
		// A change after the rebuild goes into the one copy and shows in both views.
		Submission approved = this.submissions.find(this.admin, recent.id(), this.world.commune).orElseThrow();
		this.submissions.approve(this.admin, approved.id(), approved.version());
		for (View view : View.values()) {
			Dashboard centre = await().atMost(Duration.ofSeconds(60))
				.until(() -> this.analytics.dashboard(this.admin, this.world.centre, recent.id(), view,
						Inclusion.APPROVED), (d) -> d.coverage().approved() == 1);
			assertThat(figure(centre, code("REG"))).isEqualByComparingTo("11");
		}
		assertThat(this.consistency.count(recent.id(), View.CURRENT)).isZero();
		assertThat(this.rebuilds.check(this.admin, recent.id()).differences()).isEmpty();
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.rebuilds.start(this.world.signedIn(this.world.provinceOfficer)))
			.satisfies((e) -> assertThat(e.messageKey()).isEqualTo("analytics.error.notAdministrator"));
	}

	@Test
	void aUnitCreatedJustBeforeAPeriodIsPreparedCountsAtOnce() {
		// The maps of the periods' tree exist: this test's period is prepared.
		assertThat(dashboard(this.admin, this.world.province, View.AS_WAS, Inclusion.SUBMITTED).coverage().expected())
			.isEqualTo(2);
		long created = this.unitAdministration.create(new NewUnit(this.world.prefix + "N",
				"Xã Mới " + this.world.prefix, null, UnitKind.COMMUNE, this.world.province, ReportingFixture.START),
				"test");
		// The maps were extended in the transaction that created the unit, not after it.
		LocalDate epoch = this.rollup.prepared(this.period);
		assertThat(this.maps.addsUpInto(View.AS_WAS, epoch, created, this.world.province)).isTrue();
		assertThat(this.maps.addsUpInto(View.CURRENT, epoch, created, this.world.centre)).isTrue();
		Period next = this.periods.open(this.admin,
				new OpenPeriod(this.world.template.template().id(), PeriodType.SIX_MONTH,
						"Sơ kết 6 tháng cuối năm 2021 " + this.world.prefix, LocalDate.of(2021, 7, 1),
						LocalDate.of(2021, 12, 31), LocalDate.of(2022, 1, 15), List.of(this.world.centre)));
		// Prepared straight away, with no wait: the maps already know the new commune (a
		// map extended after the preparation would leave the period without it for good).
		Dashboard province = this.analytics.dashboard(this.admin, this.world.province, next.id(), View.AS_WAS,
				Inclusion.SUBMITTED);
		assertThat(province.coverage().expected()).isEqualTo(3);
		Submission s = this.submissions.find(this.admin, next.id(), created).orElseThrow();
		s = this.submissions.save(reporter(created), s.id(), s.version(),
				new LinkedHashMap<>(Map.of(code("REG") + ".A", "5")), Map.of(), "FORM");
		this.submissions.submit(reporter(created), s.id(), s.version());
		Dashboard after = await().atMost(Duration.ofSeconds(60))
			.until(() -> this.analytics.dashboard(this.admin, this.world.province, next.id(), View.AS_WAS,
					Inclusion.SUBMITTED), (d) -> d.coverage().handedIn() == 1);
		assertThat(figure(after, code("REG"))).isEqualByComparingTo("5");
		assertThat(this.rebuilds.check(this.admin, next.id()).differences()).isEmpty();
	}

	@Test
	void aChangeLeftWaitingIsAddedUpByTheNextFold() {
		submit(this.world.commune, Map.of(code("REG") + ".A", "7", code("MEM"), "1"));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> dashboard(this.admin, this.world.province, View.AS_WAS, Inclusion.SUBMITTED),
					(d) -> d.coverage().handedIn() == 1);
		LocalDate epoch = this.rollup.prepared(this.period);
		long reg = this.world.template.indicators()
			.values()
			.stream()
			.filter((i) -> i.code().equals(code("REG")))
			.findFirst()
			.orElseThrow()
			.id();
		// What a node that stopped between queueing a change and adding it up leaves
		// behind: the change waits, the sums do not show it yet.
		this.deltas.queue(this.period.id(), epoch, this.world.otherCommune,
				"[{\"i\": " + reg + ", \"k\": \"A\", \"n\": 5}]", 1, 0);
		Dashboard before = dashboard(this.admin, this.world.province, View.AS_WAS, Inclusion.SUBMITTED);
		assertThat(figure(before, code("REG"))).isEqualByComparingTo("7");
		assertThat(before.coverage().handedIn()).isEqualTo(1);
		this.rollup.foldLeftovers();
		assertThat(this.deltas.pendingPeriods()).doesNotContain(this.period.id());
		for (View view : View.values()) {
			Dashboard after = dashboard(this.admin, this.world.province, view, Inclusion.SUBMITTED);
			assertThat(figure(after, code("REG"))).isEqualByComparingTo("12");
			assertThat(after.coverage().handedIn()).isEqualTo(2);
		}
		assertThat(figure(dashboard(this.admin, this.world.province, View.AS_WAS, Inclusion.APPROVED), code("REG")))
			.isNull();
		// No report says so: the check finds the difference, a rebuild puts it right
		// (and drops changes still waiting).
		this.deltas.queue(this.period.id(), epoch, this.world.otherCommune,
				"[{\"i\": " + reg + ", \"k\": \"A\", \"n\": 100}]", 1, 0);
		assertThat(this.rebuilds.check(this.admin, this.period.id()).differences()).isNotEmpty();
		this.deltas.queue(this.period.id(), epoch, this.world.otherCommune,
				"[{\"i\": " + reg + ", \"k\": \"A\", \"n\": 1000}]", 1, 0);
		this.rollup.rebuild(this.period);
		assertThat(this.deltas.pendingPeriods()).doesNotContain(this.period.id());
		Dashboard rebuilt = dashboard(this.admin, this.world.province, View.AS_WAS, Inclusion.SUBMITTED);
		assertThat(figure(rebuilt, code("REG"))).isEqualByComparingTo("7");
		assertThat(rebuilt.coverage().handedIn()).isEqualTo(1);
		assertThat(this.rebuilds.check(this.admin, this.period.id()).differences()).isEmpty();
	}

	/**
	 * Many reports handed in at once from several threads: the changes are queued and
	 * added up in batches, each exactly once.
	 */
	@Test
	void reportsHandedInAtOnceAreEachAddedUpOnce() throws Exception {
		List<Long> communes = new java.util.ArrayList<>();
		for (int i = 0; i < 12; i++) {
			communes.add(this.unitAdministration
				.create(new NewUnit(this.world.prefix + "M" + i, "Xã Thêm " + i + " " + this.world.prefix, null,
						UnitKind.COMMUNE, this.world.province, ReportingFixture.START), "test"));
		}
		Period many = this.periods.open(this.admin,
				new OpenPeriod(this.world.template.template().id(), PeriodType.SIX_MONTH,
						"Sơ kết nhiều xã " + this.world.prefix, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
						LocalDate.of(2026, 7, 15), List.of(this.world.centre)));
		var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
		try {
			List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
			for (int i = 0; i < communes.size(); i++) {
				long unit = communes.get(i);
				int value = i + 1;
				done.add(pool.submit(() -> submit(many, unit,
						Map.of(code("REG") + ".A", String.valueOf(value), code("MEM"), "2", code("ELIG"), "4"))));
			}
			for (var future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		Dashboard centre = await().atMost(Duration.ofSeconds(60))
			.until(() -> this.analytics.dashboard(this.admin, this.world.centre, many.id(), View.AS_WAS,
					Inclusion.SUBMITTED), (d) -> d.coverage().handedIn() == communes.size());
		// 1 + 2 + … + 12
		assertThat(figure(centre, code("REG"))).isEqualByComparingTo("78");
		assertThat(figure(centre, code("RATE"))).isEqualByComparingTo("50.0");
		assertThat(this.rebuilds.check(this.admin, many.id()).differences()).isEmpty();
	}

	/**
	 * A report handed in while a rebuild runs, after its pass over the values and before
	 * it reads the reports' versions: the rebuild reads neither its figures nor its new
	 * version, and the change is added up after the rebuild (with its statements each
	 * reading the latest data, the change would be marked as read and never added up).
	 */
	@Test
	void aReportHandedInDuringARebuildIsAddedUpAfterIt() throws Exception {
		submit(this.world.commune, Map.of(code("REG") + ".A", "7", code("MEM"), "1"));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> dashboard(this.admin, this.world.province, View.AS_WAS, Inclusion.SUBMITTED),
					(d) -> d.coverage().handedIn() == 1);
		var other = java.util.concurrent.Executors.newSingleThreadExecutor();
		var once = new java.util.concurrent.atomic.AtomicBoolean();
		betweenReads = (periodIds) -> {
			// Only in this rebuild: others (a period prepared in the background) may run.
			if (!periodIds.contains(this.period.id()) || !once.compareAndSet(false, true)) {
				return;
			}
			try {
				other.submit(() -> submit(this.world.otherCommune, Map.of(code("REG") + ".A", "5", code("MEM"), "2")))
					.get();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		};
		try {
			this.rollup.rebuild(this.period);
		}
		finally {
			betweenReads = (periodIds) -> {
			};
			other.shutdown();
		}
		assertThat(once).isTrue();
		Dashboard province = await().atMost(Duration.ofSeconds(60))
			.until(() -> dashboard(this.admin, this.world.province, View.AS_WAS, Inclusion.SUBMITTED),
					(d) -> d.coverage().handedIn() == 2 && this.deltas.pendingPeriods().isEmpty());
		assertThat(figure(province, code("REG"))).isEqualByComparingTo("12");
		assertThat(this.rebuilds.check(this.admin, this.period.id()).differences()).isEmpty();
	}

	/**
	 * Rebuilds of a period again and again while its reports are handed in: every change
	 * is either read by a rebuild or added up after it, never both and never neither (ADR
	 * 20: the rebuild reads as of one moment after taking the period's lock).
	 */
	@Test
	void rebuildsWhileReportsAreHandedInLoseNoChangeAndCountNoneTwice() throws Exception {
		List<Long> communes = new java.util.ArrayList<>();
		for (int i = 0; i < 12; i++) {
			communes.add(this.unitAdministration
				.create(new NewUnit(this.world.prefix + "R" + i, "Xã Dựng Lại " + i + " " + this.world.prefix, null,
						UnitKind.COMMUNE, this.world.province, ReportingFixture.START), "test"));
		}
		Period busy = this.periods.open(this.admin,
				new OpenPeriod(this.world.template.template().id(), PeriodType.SIX_MONTH,
						"Sơ kết dựng lại " + this.world.prefix, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
						LocalDate.of(2026, 7, 15), List.of(this.world.centre)));
		this.rollup.rebuild(busy);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		int rebuilds = 0;
		try {
			List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
			for (int i = 0; i < communes.size(); i++) {
				long unit = communes.get(i);
				int value = i + 1;
				done.add(pool.submit(() -> {
					submit(busy, unit,
							Map.of(code("REG") + ".A", String.valueOf(value), code("MEM"), "2", code("ELIG"), "4"));
					if (value % 3 == 0) {
						Submission handedIn = this.submissions.find(this.admin, busy.id(), unit).orElseThrow();
						this.submissions.approve(this.admin, handedIn.id(), handedIn.version());
					}
				}));
			}
			while (rebuilds < 3 || done.stream().anyMatch((future) -> !future.isDone())) {
				this.rollup.rebuild(busy);
				rebuilds++;
			}
			for (var future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		Dashboard centre = await().atMost(Duration.ofSeconds(60))
			.until(() -> this.analytics.dashboard(this.admin, this.world.centre, busy.id(), View.AS_WAS,
					Inclusion.SUBMITTED),
					(d) -> d.coverage().handedIn() == communes.size() && this.deltas.pendingPeriods().isEmpty());
		// 1 + 2 + … + 12; approved: 3 + 6 + 9 + 12
		assertThat(figure(centre, code("REG"))).isEqualByComparingTo("78");
		Dashboard approved = this.analytics.dashboard(this.admin, this.world.centre, busy.id(), View.AS_WAS,
				Inclusion.APPROVED);
		assertThat(approved.coverage().approved()).isEqualTo(4);
		assertThat(figure(approved, code("REG"))).isEqualByComparingTo("30");
		assertThat(this.rebuilds.check(this.admin, busy.id()).differences()).isEmpty();
	}

	/**
	 * A commune keeps no sums (ADR 19): its figures, with those of the units below it,
	 * are added up from the reports when read, and still add up at the province.
	 */
	@Test
	void aCommuneAddsUpTheUnitsBelowItWhenRead() {
		long front = this.unitAdministration
			.create(new NewUnit(this.world.prefix + "MT", "Ủy ban MTTQ xã " + this.world.prefix, null,
					UnitKind.FATHERLAND_FRONT, this.world.commune, ReportingFixture.START), "test");
		Period withFront = this.periods.open(this.admin,
				new OpenPeriod(this.world.template.template().id(), PeriodType.SIX_MONTH,
						"Sơ kết có Mặt trận " + this.world.prefix, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
						LocalDate.of(2026, 7, 15), List.of(this.world.centre)));
		submit(withFront, this.world.commune, Map.of(code("REG") + ".A", "10", code("MEM"), "3", code("ELIG"), "4"));
		submit(withFront, front, Map.of(code("REG") + ".A", "5", code("MEM"), "1", code("ELIG"), "4"));
		for (View view : View.values()) {
			Dashboard commune = await().atMost(Duration.ofSeconds(60))
				.until(() -> this.analytics.dashboard(this.admin, this.world.commune, withFront.id(), view,
						Inclusion.SUBMITTED), (d) -> d.coverage().handedIn() == 2);
			assertThat(commune.coverage().expected()).isEqualTo(2);
			assertThat(figure(commune, code("REG"))).isEqualByComparingTo("15");
			assertThat(figure(commune, code("RATE"))).isEqualByComparingTo("50.0");
			Dashboard province = await().atMost(Duration.ofSeconds(60))
				.until(() -> this.analytics.dashboard(this.admin, this.world.province, withFront.id(), view,
						Inclusion.SUBMITTED), (d) -> d.coverage().handedIn() == 2);
			assertThat(figure(province, code("REG"))).isEqualByComparingTo("15");
		}
		Submission back = this.submissions.find(this.admin, withFront.id(), front).orElseThrow();
		this.submissions.returnToUnit(this.admin, back.id(), "Bổ sung số liệu", back.version());
		Dashboard province = await().atMost(Duration.ofSeconds(60))
			.until(() -> this.analytics.dashboard(this.admin, this.world.province, withFront.id(), View.AS_WAS,
					Inclusion.SUBMITTED), (d) -> d.coverage().handedIn() == 1);
		assertThat(figure(province, code("REG"))).isEqualByComparingTo("10");
		assertThat(figure(this.analytics.dashboard(this.admin, this.world.commune, withFront.id(), View.AS_WAS,
				Inclusion.SUBMITTED), code("REG")))
			.isEqualByComparingTo("10");
		assertThat(this.rebuilds.check(this.admin, withFront.id()).differences()).isEmpty();
		this.rollup.rebuild(withFront);
		assertThat(figure(this.analytics.dashboard(this.admin, this.world.centre, withFront.id(), View.CURRENT,
				Inclusion.SUBMITTED), code("REG")))
			.isEqualByComparingTo("10");
	}

	/**
	 * Maps built while a merge was still to come follow "today" as it was then; once the
	 * merge's date has come they are built again, and the figures are marked for a
	 * rebuild.
	 */
	@Test
	void mapsBuiltBeforeADatedChangeTookEffectAreBuiltAgain() {
		this.rollup.prepared(this.period);
		LocalDate epoch = this.maps.epochOf(LocalDate.of(2021, 1, 1));
		LocalDate beforeMerge = LocalDate.of(2025, 6, 30);
		this.transactions.executeWithoutResult((status) -> {
			this.maps.dropAll();
			// Statistics of an empty table, as autovacuum may take them right after a
			// drop.
			this.jdbc.sql("analyze analytics.rollup").update();
			this.maps.use(epoch, beforeMerge);
			this.jdbc.sql("delete from analytics.staleness").update();
		});
		// The maps just built were counted for the planner (with an empty table in its
		// statistics, building today's structure over the real units took minutes).
		assertThat(this.jdbc.sql("select reltuples from pg_class where oid = 'analytics.rollup'::regclass")
			.query(Double.class)
			.single()).isPositive();
		// On 30/6/2025 the old commune was still a commune of its own province.
		assertThat(this.maps.addsUpInto(View.CURRENT, epoch, this.oldCommune, this.oldProvince)).isTrue();
		assertThat(this.maps.addsUpInto(View.CURRENT, epoch, this.oldCommune, this.world.province)).isFalse();
		this.transactions.executeWithoutResult((status) -> this.maps.use(epoch, UnitScope.today()));
		assertThat(this.maps.addsUpInto(View.CURRENT, epoch, this.oldCommune, this.world.province)).isTrue();
		assertThat(this.maps.addsUpInto(View.CURRENT, epoch, this.oldCommune, this.oldProvince)).isFalse();
		assertThat(this.rebuilds.staleReason()).hasValue("analytics.stale.datedChange");
	}

	private void submit(long unit, Map<String, String> values) {
		submit(this.period, unit, values);
	}

	private void submit(Period in, long unit, Map<String, String> values) {
		Submission s = this.submissions.find(this.admin, in.id(), unit).orElseThrow();
		SignedInUser reporter = reporter(unit);
		s = this.submissions.save(reporter, s.id(), s.version(), new LinkedHashMap<>(values), Map.of(), "FORM");
		this.submissions.submit(reporter, s.id(), s.version());
	}

	/**
	 * A reporting officer of the unit (only a unit's own officers fill in its report; for
	 * a unit that no longer exists, those of the unit it became).
	 */
	private SignedInUser reporter(long unit) {
		long actingUnit = this.units.find(unit, UnitScope.today()).isPresent() ? unit
				: this.units.currentUnits(unit, UnitScope.today()).get(0).unit().id();
		synchronized (this.reporters) {
			return this.reporters.computeIfAbsent(actingUnit,
					(u) -> this.world.signedIn(this.world.user(Role.REPORTING_OFFICER, u)));
		}
	}

	private final Map<Long, SignedInUser> reporters = new java.util.HashMap<>();

	private Dashboard dashboard(SignedInUser user, long unit, View view, Inclusion inclusion) {
		return this.analytics.dashboard(user, unit, this.period.id(), view, inclusion);
	}

	private static BigDecimal figure(Dashboard dashboard, String key) {
		return dashboard.figures()
			.stream()
			.filter((f) -> f.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no figure " + key))
			.value();
	}

	private String code(String name) {
		return this.world.code(name);
	}

}
