package vn.danvan.analytics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.ReportingFixtures;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.SubmissionApproved;
import vn.danvan.reporting.SubmissionReturned;
import vn.danvan.reporting.SubmissionSubmitted;
import vn.danvan.reporting.Submissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The event flow from reporting to analytics, as Spring Modulith scenarios: reporting
 * publishes a submission's change (handed in, approved, returned) and analytics' listener
 * changes the sums the province's dashboard reads. Run in the shared test context with
 * {@link EnableScenarios} (a module bootstrap of analytics would need reporting, units
 * and accounts too, and a second context with its own database).
 */
@DanvanIntegrationTest
@EnableScenarios
class ReportingEventsScenarioTests {

	private static final Duration ROLL_UP = Duration.ofSeconds(60);

	@Autowired
	ReportingFixtures fixtures;

	@Autowired
	Submissions submissions;

	@Autowired
	Analytics analytics;

	ReportingFixture world;

	Period period;

	SignedInUser province;

	SignedInUser commune;

	@BeforeEach
	void world() {
		this.world = this.fixtures.create();
		this.period = this.world.openPeriod("Sơ kết 6 tháng đầu năm 2037", LocalDate.of(2037, 1, 1),
				LocalDate.of(2037, 6, 30), LocalDate.of(2037, 7, 10));
		this.province = this.world.signedIn(this.world.provinceOfficer);
		this.commune = this.world.signedIn(this.world.communeOfficer);
	}

	@Test
	void aHandedInReportChangesTheProvincesAggregate(Scenario scenario) {
		Dashboard before = dashboard(Inclusion.SUBMITTED);
		assertThat(before.coverage().handedIn()).isZero();
		assertThat(figure(before, this.world.code("REG"))).isNull();

		scenario.stimulate(this::handIn)
			.andWaitAtMost(ROLL_UP)
			.andWaitForStateChange(() -> dashboard(Inclusion.SUBMITTED), (d) -> d.coverage().handedIn() == 1)
			.andVerify((after) -> {
				assertThat(after.coverage().expected()).isEqualTo(2);
				assertThat(figure(after, this.world.code("REG"))).isEqualByComparingTo("1240");
				assertThat(figure(after, this.world.code("REG") + ".A")).isEqualByComparingTo("1234");
				assertThat(figure(after, this.world.code("RATE"))).isEqualByComparingTo("80.0");
			});
		assertThat(dashboard(Inclusion.APPROVED).coverage().approved()).isZero();
	}

	@Test
	void theSubmittedEventCarriesTheReportsNumbers(Scenario scenario) {
		scenario.stimulate(this::handIn)
			.andWaitForEventOfType(SubmissionSubmitted.class)
			.matchingMappedValue(SubmissionSubmitted::periodId, this.period.id())
			.toArriveAndVerify((event, submission) -> {
				assertThat(event.submissionId()).isEqualTo(submission.id());
				assertThat(event.unitId()).isEqualTo(this.world.commune);
				assertThat(event.version()).isEqualTo(submission.version());
				assertThat(event.values()).isNotEmpty();
			});
	}

	@Test
	void anApprovedReportEntersTheApprovedFigures(Scenario scenario) {
		Submission handedIn = handIn();
		scenario.stimulate(() -> this.submissions.approve(this.province, handedIn.id(), handedIn.version()))
			.andWaitAtMost(ROLL_UP)
			.andWaitForStateChange(() -> dashboard(Inclusion.APPROVED), (d) -> d.coverage().approved() == 1)
			.andExpect(SubmissionApproved.class)
			.matchingMappedValue(SubmissionApproved::submissionId, handedIn.id())
			.toArrive();
		assertThat(figure(dashboard(Inclusion.APPROVED), this.world.code("REG"))).isEqualByComparingTo("1240");
	}

	@Test
	void aReturnedReportLeavesTheAggregateAgain(Scenario scenario) {
		Submission handedIn = handIn();
		Dashboard before = await().atMost(ROLL_UP)
			.until(() -> dashboard(Inclusion.SUBMITTED), (d) -> d.coverage().handedIn() == 1);
		assertThat(figure(before, this.world.code("REG"))).isEqualByComparingTo("1240");

		scenario
			.stimulate(() -> this.submissions.returnToUnit(this.province, handedIn.id(), "Số liệu chưa khớp.",
					handedIn.version()))
			.andWaitAtMost(ROLL_UP)
			.andWaitForStateChange(() -> dashboard(Inclusion.SUBMITTED), (d) -> d.coverage().handedIn() == 0)
			.andExpect(SubmissionReturned.class)
			.matchingMappedValue(SubmissionReturned::submissionId, handedIn.id())
			.toArriveAndVerify((event) -> assertThat(event.comment()).isEqualTo("Số liệu chưa khớp."));
		assertThat(figure(dashboard(Inclusion.SUBMITTED), this.world.code("REG"))).isNull();
	}

	private Submission handIn() {
		Submission s = this.submissions.find(this.commune, this.period.id(), this.world.commune).orElseThrow();
		s = this.submissions.save(this.commune, s.id(), s.version(), Map.of(this.world.code("REG") + ".A", "1.234",
				this.world.code("REG") + ".B", "6", this.world.code("MEM"), "80", this.world.code("ELIG"), "100"),
				Map.of(), "FORM");
		return this.submissions.submit(this.commune, s.id(), s.version());
	}

	private Dashboard dashboard(Inclusion inclusion) {
		return this.analytics.dashboard(this.province, this.world.province, this.period.id(), View.AS_WAS, inclusion);
	}

	private static BigDecimal figure(Dashboard dashboard, String key) {
		return dashboard.figures()
			.stream()
			.filter((f) -> f.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no figure " + key))
			.value();
	}

}
