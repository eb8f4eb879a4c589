package vn.danvan.units;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.AuditEntry;
import vn.danvan.accounts.AuditLog;
import vn.danvan.accounts.AuditQuery;
import vn.danvan.accounts.Accounts;
import vn.danvan.analytics.Analytics;
import vn.danvan.analytics.Inclusion;
import vn.danvan.analytics.Rebuilds;
import vn.danvan.analytics.View;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.units.tree.NewUnit;
import vn.danvan.units.tree.UnitAdministration;
import vn.danvan.units.tree.UnitChange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event flows out of units, as Spring Modulith scenarios: a unit created or changed
 * publishes its typed event, the audit log's one writer gives it its line (in the same
 * transaction, so the line is there when the change is), and analytics marks the kept
 * sums as following an older tree. Run in the shared test context with
 * {@link EnableScenarios}.
 */
@DanvanIntegrationTest
@EnableScenarios
class UnitEventsScenarioTests {

	static final LocalDate START = LocalDate.of(2032, 1, 1);

	@Autowired
	UnitAdministration administration;

	@Autowired
	Units units;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	String prefix;

	String actor;

	@BeforeEach
	void names() {
		String random = UUID.randomUUID().toString().substring(0, 8);
		this.prefix = "SC" + random;
		this.actor = "scenario-" + random;
	}

	@Test
	void aCreatedUnitGivesItsAuditLine(Scenario scenario) {
		scenario
			.stimulate(() -> this.administration.create(
					new NewUnit(this.prefix, "Gốc thử", "Gốc thử " + this.prefix, UnitKind.CENTRE, null, START),
					this.actor))
			.andWaitForEventOfType(UnitCreated.class)
			.matchingMappedValue(UnitCreated::actor, this.actor)
			.toArriveAndVerify((event, unitId) -> {
				assertThat(event.unitId()).isEqualTo(unitId);
				assertThat(event.after()).containsEntry("fullName", "Gốc thử " + this.prefix);
				assertThat(lines()).singleElement().satisfies((line) -> {
					assertThat(line.action()).isEqualTo(UnitAdministration.CREATED);
					assertThat(line.targetType()).isEqualTo("unit");
					assertThat(line.targetId()).isEqualTo(Long.toString(unitId));
					assertThat(line.unitId()).isEqualTo(unitId);
				});
			});
	}

	@Test
	void aChangedUnitGivesItsAuditLineAndMarksTheKeptSumsStale(Scenario scenario, @Autowired Accounts accounts,
			@Autowired Catalogue catalogue, @Autowired Periods periods, @Autowired Analytics analytics,
			@Autowired Rebuilds rebuilds) {
		// Kept sums to mark: a period whose figures analytics has prepared.
		ReportingFixture world = new ReportingFixture(this.administration, accounts, catalogue, periods);
		Period period = world.openPeriod("Sơ kết 6 tháng đầu năm 2038", LocalDate.of(2038, 1, 1),
				LocalDate.of(2038, 6, 30), LocalDate.of(2038, 7, 10));
		analytics.dashboard(world.signedIn(world.provinceOfficer), world.province, period.id(), View.AS_WAS,
				Inclusion.SUBMITTED);
		this.jdbc.sql("delete from analytics.staleness").update();
		long root = this.administration.create(
				new NewUnit(this.prefix, "Gốc thử", "Gốc thử " + this.prefix, UnitKind.CENTRE, null, START), "test");
		long province = this.administration
			.create(new NewUnit(this.prefix + "P", "Thử", "Tỉnh Thử", UnitKind.PROVINCE, root, START), "test");
		String token = this.administration.versionToken(province);
		assertThat(rebuilds.staleReason()).isEmpty();

		scenario
			.stimulate(() -> this.administration.change(province,
					new UnitChange(this.prefix + "P", "Thử Mới", "Tỉnh Thử Mới", UnitKind.PROVINCE, root),
					START.plusYears(1), token, this.actor))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForEventOfType(UnitChanged.class)
			.matchingMappedValue(UnitChanged::actor, this.actor)
			.toArriveAndVerify((event) -> {
				assertThat(event.unitId()).isEqualTo(province);
				assertThat(event.before()).containsEntry("fullName", "Tỉnh Thử");
				assertThat(event.after()).containsEntry("fullName", "Tỉnh Thử Mới");
				assertThat(lines()).singleElement().satisfies((line) -> {
					assertThat(line.action()).isEqualTo(UnitAdministration.CHANGED);
					assertThat(line.targetId()).isEqualTo(Long.toString(province));
				});
				assertThat(rebuilds.staleReason()).contains("analytics.stale.unitChanged");
			});
	}

	private List<AuditEntry> lines() {
		return this.auditLog.find(new AuditQuery(this.actor, null, null, null, null, null, 10));
	}

}
