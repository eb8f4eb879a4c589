package vn.danvan.analytics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.shared.security.Role;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.ReportingFixtures;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.Submissions;
import vn.danvan.units.tree.NewUnit;
import vn.danvan.units.tree.RecordSuccession;
import vn.danvan.units.tree.UnitAdministration;
import vn.danvan.units.UnitKind;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Changes against another period are computed over the units that reported in both (like
 * for like): the demo's case of 4 communes of 6 against 6 of 6, communes merged between
 * the two periods, and two periods with no unit in common.
 */
@DanvanIntegrationTest
class ComparisonsTests {

	@Autowired
	ReportingFixtures fixtures;

	@Autowired
	UnitAdministration unitAdministration;

	@Autowired
	Submissions submissions;

	@Autowired
	Analytics analytics;

	@Autowired
	Units units;

	ReportingFixture world;

	private final Map<Long, SignedInUser> reporters = new java.util.HashMap<>();

	SignedInUser admin;

	@BeforeEach
	void world() {
		this.world = this.fixtures.create();
		this.admin = this.world.signedIn("admin");
	}

	@Test
	void fourCommunesOfSixAreComparedWithTheSameFourNotWithSix() {
		List<Long> communes = new ArrayList<>(List.of(this.world.commune, this.world.otherCommune));
		for (int i = 0; i < 4; i++) {
			communes.add(this.unitAdministration
				.create(new NewUnit(this.world.prefix + "X" + i, "Xã Thêm " + i + " " + this.world.prefix, null,
						UnitKind.COMMUNE, this.world.province, ReportingFixture.START), "test"));
		}
		Period before = this.world.openPeriod("Tổng kết 6 tháng cuối năm 2031", LocalDate.of(2031, 7, 1),
				LocalDate.of(2031, 12, 31), LocalDate.of(2032, 1, 10));
		Period now = this.world.openPeriod("Sơ kết 6 tháng đầu năm 2032", LocalDate.of(2032, 1, 1),
				LocalDate.of(2032, 6, 30), LocalDate.of(2032, 7, 10));
		for (long commune : communes) {
			submit(before, commune, "10", "100", "200");
		}
		for (long commune : communes.subList(0, 4)) {
			submit(now, commune, "11", "102", "200");
		}
		Dashboard dashboard = settled(now, 4, before, 6);
		assertThat(dashboard.previous().id()).isEqualTo(before.id());
		assertThat(dashboard.reporting()).isEqualTo(4);
		assertThat(dashboard.previousReporting()).isEqualTo(6);
		assertThat(dashboard.previousMatched()).isEqualTo(4);
		Figure members = figure(dashboard, code("MEM"));
		// Totals of each period stay what they are...
		assertThat(members.value()).isEqualByComparingTo("408");
		assertThat(members.previousTotal()).isEqualByComparingTo("600");
		// ...but the change is over the same four communes: 400 → 408, not 600 → 408.
		assertThat(members.previous()).isEqualByComparingTo("400");
		assertThat(members.valueLikePrevious()).isEqualByComparingTo("408");
		assertThat(members.changeFromPrevious()).isEqualByComparingTo("8");
		assertThat(members.percentFromPrevious()).isEqualByComparingTo("2.0");
		Figure models = figure(dashboard, code("REG"));
		assertThat(models.changeFromPrevious()).isEqualByComparingTo("4");
		assertThat(models.percentFromPrevious()).isEqualByComparingTo("10.0");
		Figure rate = figure(dashboard, code("RATE"));
		assertThat(rate.value()).isEqualByComparingTo("51.0");
		assertThat(rate.previous()).isEqualByComparingTo("50.0");
		assertThat(rate.changeFromPrevious()).isEqualByComparingTo("1.0");
		// At the centre the same: its sums are kept, the matched ones computed.
		Dashboard centre = this.analytics.dashboard(this.admin, this.world.centre, now.id(), View.AS_WAS,
				Inclusion.SUBMITTED);
		assertThat(centre.previousMatched()).isEqualTo(4);
		assertThat(figure(centre, code("MEM")).changeFromPrevious()).isEqualByComparingTo("8");
		// A commune that did not report is not compared with anything.
		Dashboard absent = this.analytics.dashboard(this.admin, communes.get(5), now.id(), View.AS_WAS,
				Inclusion.SUBMITTED);
		assertThat(absent.previousMatched()).isZero();
		assertThat(absent.previousNotComparable()).isTrue();
		assertThat(figure(absent, code("MEM")).previousTotal()).isEqualByComparingTo("100");
		assertThat(figure(absent, code("MEM")).changeFromPrevious()).isNull();
		assertThat(figure(absent, code("MEM")).percentFromPrevious()).isNull();
		// Approved only: nothing approved in either period, nothing compared, no error.
		Dashboard approved = this.analytics.dashboard(this.admin, this.world.province, now.id(), View.AS_WAS,
				Inclusion.APPROVED);
		assertThat(approved.previousMatched()).isZero();
		assertThat(figure(approved, code("MEM")).changeFromPrevious()).isNull();
	}

	@Test
	void aKeptComparisonIsComputedAgainOnceAReportOfEitherPeriodIsAddedUp() {
		List<Long> communes = new ArrayList<>(List.of(this.world.commune, this.world.otherCommune));
		communes.add(this.unitAdministration.create(new NewUnit(this.world.prefix + "K", "Xã Giữ " + this.world.prefix,
				null, UnitKind.COMMUNE, this.world.province, ReportingFixture.START), "test"));
		Period before = this.world.openPeriod("Tổng kết 6 tháng cuối năm 2033", LocalDate.of(2033, 7, 1),
				LocalDate.of(2033, 12, 31), LocalDate.of(2034, 1, 10));
		Period now = this.world.openPeriod("Sơ kết 6 tháng đầu năm 2034", LocalDate.of(2034, 1, 1),
				LocalDate.of(2034, 6, 30), LocalDate.of(2034, 7, 10));
		for (long commune : communes) {
			submit(before, commune, "10", "100", "200");
		}
		submit(now, communes.get(0), "11", "110", "200");
		Dashboard first = settled(now, 1, before, 3);
		assertThat(first.previousMatched()).isEqualTo(1);
		assertThat(figure(first, code("MEM")).changeFromPrevious()).isEqualByComparingTo("10");
		// Read again with nothing changed: the kept comparison, the same figures.
		Dashboard again = this.analytics.dashboard(this.admin, this.world.province, now.id(), View.AS_WAS,
				Inclusion.SUBMITTED);
		assertThat(again.previousMatched()).isEqualTo(1);
		assertThat(figure(again, code("MEM")).previous()).isEqualByComparingTo("100");
		// A second commune hands in: the comparison counts it as soon as its figures are
		// in the totals.
		submit(now, communes.get(1), "12", "130", "200");
		Dashboard later = settled(now, 2, before, 3);
		assertThat(later.previousMatched()).isEqualTo(2);
		assertThat(figure(later, code("MEM")).value()).isEqualByComparingTo("240");
		assertThat(figure(later, code("MEM")).previous()).isEqualByComparingTo("200");
		assertThat(figure(later, code("MEM")).changeFromPrevious()).isEqualByComparingTo("40");
		// The other period changes (a report returned): the comparison follows it too.
		Submission returned = this.submissions.find(this.admin, before.id(), communes.get(1)).orElseThrow();
		this.submissions.returnToUnit(this.admin, returned.id(), "Kiểm tra lại số hội viên", returned.version());
		Dashboard afterReturn = settled(now, 2, before, 2);
		assertThat(afterReturn.previousMatched()).isEqualTo(1);
		assertThat(figure(afterReturn, code("MEM")).changeFromPrevious()).isEqualByComparingTo("10");
	}

	@Test
	void communesMergedBetweenThePeriodsAreComparedWithTheCommuneTheyFormed() {
		LocalDate merged = LocalDate.of(2024, 7, 1);
		long first = this.unitAdministration.create(new NewUnit(this.world.prefix + "M1",
				"Xã Gộp Một " + this.world.prefix, null, UnitKind.COMMUNE, this.world.province, ReportingFixture.START),
				"test");
		long second = this.unitAdministration.create(new NewUnit(this.world.prefix + "M2",
				"Xã Gộp Hai " + this.world.prefix, null, UnitKind.COMMUNE, this.world.province, ReportingFixture.START),
				"test");
		long third = this.unitAdministration.create(new NewUnit(this.world.prefix + "M3",
				"Xã Gộp Ba " + this.world.prefix, null, UnitKind.COMMUNE, this.world.province, ReportingFixture.START),
				"test");
		// On 1/7/2024 the first two communes merge into the fixture's first commune, the
		// third into the other one.
		this.unitAdministration.recordSuccession(
				new RecordSuccession(merged, List.of(new RecordSuccession.Link(first, this.world.commune, false),
						new RecordSuccession.Link(second, this.world.commune, false)), null),
				"test");
		this.unitAdministration.recordSuccession(new RecordSuccession(merged,
				List.of(new RecordSuccession.Link(third, this.world.otherCommune, false)), null), "test");
		Period before = this.world.openPeriod("Sơ kết 6 tháng đầu năm 2024", LocalDate.of(2024, 1, 1),
				LocalDate.of(2024, 6, 30), LocalDate.of(2024, 7, 10));
		Period now = this.world.openPeriod("Tổng kết 6 tháng cuối năm 2024", LocalDate.of(2024, 7, 2),
				LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 10));
		// Before: the first commune and both communes merged into it reported; of the
		// other commune's lineage, only the other commune (the third did not).
		submit(before, this.world.commune, "5", "100", "200");
		submit(before, first, "5", "40", "100");
		submit(before, second, "5", "60", "100");
		submit(before, this.world.otherCommune, "5", "70", "100");
		submit(now, this.world.commune, "20", "220", "400");
		submit(now, this.world.otherCommune, "9", "90", "200");
		Dashboard dashboard = settled(now, 2, before, 4);
		assertThat(dashboard.previousReporting()).isEqualTo(4);
		// The first commune today against the three that formed it; the other commune's
		// lineage is incomplete before (the third did not report), so it is left out.
		assertThat(dashboard.previousMatched()).isEqualTo(1);
		Figure members = figure(dashboard, code("MEM"));
		assertThat(members.value()).isEqualByComparingTo("310");
		assertThat(members.previousTotal()).isEqualByComparingTo("270");
		assertThat(members.previous()).isEqualByComparingTo("200");
		assertThat(members.valueLikePrevious()).isEqualByComparingTo("220");
		assertThat(members.changeFromPrevious()).isEqualByComparingTo("20");
		assertThat(members.percentFromPrevious()).isEqualByComparingTo("10.0");
		// In today's structure the same comparison.
		Dashboard current = this.analytics.dashboard(this.admin, this.world.province, now.id(), View.CURRENT,
				Inclusion.SUBMITTED);
		assertThat(current.previousMatched()).isEqualTo(1);
		assertThat(figure(current, code("MEM")).changeFromPrevious()).isEqualByComparingTo("20");
	}

	@Test
	void periodsWithNoUnitInCommonCompareNothing() {
		Period before = this.world.openPeriod("Sơ kết 6 tháng đầu năm 2034", LocalDate.of(2034, 1, 1),
				LocalDate.of(2034, 6, 30), LocalDate.of(2034, 7, 10));
		Period now = this.world.openPeriod("Tổng kết 6 tháng cuối năm 2034", LocalDate.of(2034, 7, 1),
				LocalDate.of(2034, 12, 31), LocalDate.of(2035, 1, 10));
		submit(before, this.world.otherCommune, "5", "0", "0");
		submit(now, this.world.commune, "7", "10", "20");
		Dashboard dashboard = settled(now, 1, before, 1);
		assertThat(dashboard.previousMatched()).isZero();
		assertThat(dashboard.previousNotComparable()).isTrue();
		for (Figure figure : dashboard.figures()) {
			assertThat(figure.previous()).as(figure.key()).isNull();
			assertThat(figure.changeFromPrevious()).as(figure.key()).isNull();
			assertThat(figure.percentFromPrevious()).as(figure.key()).isNull();
		}
		assertThat(figure(dashboard, code("REG")).previousTotal()).isEqualByComparingTo("5");
		// A rate over a denominator of zero is no figure, not a division by zero.
		assertThat(this.analytics
			.dashboard(this.admin, this.world.otherCommune, before.id(), View.AS_WAS, Inclusion.SUBMITTED)
			.figures()
			.stream()
			.filter((f) -> f.key().equals(code("RATE")))
			.findFirst()
			.orElseThrow()
			.value()).isNull();
	}

	private Dashboard settled(Period now, int reporting, Period before, int reportedBefore) {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.analytics.dashboard(this.admin, this.world.province, before.id(), View.AS_WAS,
					Inclusion.SUBMITTED), (d) -> d.coverage().handedIn() == reportedBefore);
		return await().atMost(Duration.ofSeconds(60))
			.until(() -> this.analytics.dashboard(this.admin, this.world.province, now.id(), View.AS_WAS,
					Inclusion.SUBMITTED), (d) -> d.coverage().handedIn() == reporting);
	}

	private void submit(Period in, long unit, String models, String members, String eligible) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put(code("REG") + ".A", models);
		values.put(code("MEM"), members);
		values.put(code("ELIG"), eligible);
		Submission s = this.submissions.find(this.admin, in.id(), unit).orElseThrow();
		SignedInUser reporter = reporter(unit);
		s = this.submissions.save(reporter, s.id(), s.version(), values, Map.of(), "FORM");
		this.submissions.submit(reporter, s.id(), s.version());
	}

	/**
	 * A reporting officer of the unit (only a unit's own officers fill in its report; for
	 * a unit that no longer exists, those of the unit it became).
	 */
	private SignedInUser reporter(long unit) {
		long actingUnit = this.units.find(unit, UnitScope.today()).isPresent() ? unit
				: this.units.currentUnits(unit, UnitScope.today()).get(0).unit().id();
		return this.reporters.computeIfAbsent(actingUnit,
				(u) -> this.world.signedIn(this.world.user(Role.REPORTING_OFFICER, u)));
	}

	private static Figure figure(Dashboard dashboard, String key) {
		return dashboard.figures()
			.stream()
			.filter((f) -> f.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no figure " + key));
	}

	private String code(String name) {
		return this.world.code(name);
	}

	static BigDecimal number(String text) {
		return new BigDecimal(text);
	}

}
