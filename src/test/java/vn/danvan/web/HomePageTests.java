package vn.danvan.web;

import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.MvcSignIn;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.shared.security.Role;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.Submissions;
import vn.danvan.units.tree.UnitAdministration;
import vn.danvan.units.UnitScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page says what needs doing: a reporting officer sees the unit's reports still
 * to hand in with the days left or late; a province officer sees the open periods of the
 * province with what waits for review and what is missing after the deadline.
 */
@DanvanIntegrationTest
class HomePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitAdministration units;

	@Autowired
	Accounts accounts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Periods periods;

	@Autowired
	Submissions submissions;

	@Autowired
	vn.danvan.directives.Directives directives;

	@Autowired
	vn.danvan.directives.DirectiveActions directiveActions;

	ReportingFixture world;

	Period late;

	Period upcoming;

	@BeforeEach
	void periods() {
		this.world = new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods);
		var today = UnitScope.today();
		this.late = this.world.openPeriod("Kỳ đã quá hạn " + this.world.prefix, today.minusMonths(7),
				today.minusMonths(1), today.minusDays(3));
		this.upcoming = this.world.openPeriod("Kỳ sắp đến hạn " + this.world.prefix, today.minusMonths(1),
				today.plusDays(5), today.plusDays(10));
		// The commune hands in the late period's report; the other commune does not.
		var commune = this.world.signedIn(this.world.communeOfficer);
		Submission s = this.submissions.find(commune, this.late.id(), this.world.commune).orElseThrow();
		s = this.submissions.save(commune, s.id(), s.version(), Map.of(this.world.code("REG") + ".A", "12",
				this.world.code("MEM"), "30", this.world.code("ELIG"), "120"), Map.of(), "FORM");
		this.submissions.submit(commune, s.id(), s.version());
	}

	@Test
	void aReportingOfficerSeesTheReportsStillToHandInWithTheDaysLeft() throws Exception {
		Submission upcomingReport = this.submissions
			.find(this.world.signedIn(this.world.communeOfficer), this.upcoming.id(), this.world.commune)
			.orElseThrow();
		Submission lateReport = this.submissions
			.find(this.world.signedIn(this.world.otherCommuneOfficer), this.late.id(), this.world.otherCommune)
			.orElseThrow();
		this.mvc.perform(get("/").cookie(signIn(this.world.communeOfficer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Báo cáo cần nộp")))
			.andExpect(content().string(containsString("id=\"to-hand-in-" + upcomingReport.id() + "\"")))
			.andExpect(content().string(containsString("còn 10 ngày")))
			.andExpect(content().string(not(containsString("Kỳ đã quá hạn " + this.world.prefix))))
			.andExpect(content().string(not(containsString("id=\"open-periods\""))));
		this.mvc.perform(get("/").cookie(signIn(this.world.otherCommuneOfficer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"to-hand-in-" + lateReport.id() + "\"")))
			.andExpect(content().string(containsString("quá hạn 3 ngày")))
			.andExpect(content().string(containsString("còn 10 ngày")));
	}

	@Test
	void aProvinceOfficerSeesTheOpenPeriodsWithWhatWaitsAndWhatIsLate() throws Exception {
		String page = this.mvc.perform(get("/").cookie(signIn(this.world.provinceOfficer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Các kỳ báo cáo đang mở")))
			.andExpect(content().string(not(containsString("id=\"to-hand-in\""))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"handed-in-" + this.late.id() + "\">1/2<")
			.contains("id=\"awaiting-" + this.late.id() + "\">1<")
			.contains("id=\"missing-" + this.late.id() + "\">1<")
			.contains("id=\"handed-in-" + this.upcoming.id() + "\">0/2<")
			.contains("id=\"missing-" + this.upcoming.id() + "\">0<")
			.contains("data-percent=\"50\"");

		// A leader of another province sees none of them.
		String other = this.world.user(Role.LEADER,
				new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods).province);
		this.mvc.perform(get("/").cookie(signIn(other)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.world.prefix))))
			.andExpect(content().string(containsString("id=\"open-periods\"")));

		// Once closed, a period leaves the list.
		this.periods.close(this.world.signedIn("admin"), this.late.id());
		this.mvc.perform(get("/").cookie(signIn(this.world.provinceOfficer)))
			.andExpect(content().string(not(containsString("id=\"open-period-" + this.late.id() + "\""))))
			.andExpect(content().string(containsString("id=\"open-period-" + this.upcoming.id() + "\"")));
	}

	@Test
	void aCommuneSeesWhatTheDirectivesStillRequireOfIt() throws Exception {
		var provinceOfficer = this.world.signedIn(this.world.provinceOfficer);
		var today = UnitScope.today();
		var directive = this.directives.register(provinceOfficer,
				new vn.danvan.directives.DirectiveForm(vn.danvan.directives.DirectiveType.DIRECTIVE,
						java.util.concurrent.ThreadLocalRandom.current().nextInt(10000, 99999) + "-CT/TU",
						today.minusMonths(1), "Ban Thường vụ Tỉnh ủy", "Về công tác dân vận trong tình hình mới",
						"Dân vận", vn.danvan.directives.DirectiveStatus.IN_FORCE, null, null),
				java.util.List.of(), null);
		var action = this.directiveActions.declare(provinceOfficer, directive.id(),
				new vn.danvan.directives.NewDirectiveAction(vn.danvan.directives.DirectiveActionKind.DISSEMINATION,
						"Quán triệt đến chi bộ", today.minusDays(2), null, null,
						java.util.List.of(vn.danvan.units.UnitLevel.COMMUNE), java.util.List.of()),
				"127.0.0.1");
		this.mvc.perform(get("/").cookie(signIn(this.world.communeOfficer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"directive-task-" + action.id() + "\"")))
			.andExpect(content()
				.string(containsString("/directives/actions/" + action.id() + "/record?unit=" + this.world.commune)));
		this.directiveActions.record(this.world.signedIn(this.world.communeOfficer), action.id(),
				new vn.danvan.directives.NewActionRecord(this.world.commune, today, "", 30, ""), null, null);
		this.mvc.perform(get("/").cookie(signIn(this.world.communeOfficer)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"directive-task-" + action.id() + "\""))));
	}

	@Test
	void theDashboardLinkOpensThePeriodAsked() throws Exception {
		this.mvc
			.perform(get("/analytics").param("period", String.valueOf(this.late.id()))
				.cookie(signIn(this.world.provinceOfficer)))
			.andExpect(redirectedUrl("/analytics/units/" + this.world.province + "?period=" + this.late.id()));
		// Without a period (or with one not open to the user): the latest period with a
		// report handed in, not the
		// upcoming one where nothing is handed in yet.
		this.mvc.perform(get("/analytics").param("period", "999999999").cookie(signIn(this.world.provinceOfficer)))
			.andExpect(redirectedUrl("/analytics/units/" + this.world.province + "?period=" + this.late.id()));
		this.mvc.perform(get("/analytics").cookie(signIn(this.world.provinceOfficer)))
			.andExpect(redirectedUrl("/analytics/units/" + this.world.province + "?period=" + this.late.id()));
		// A province where nothing is handed in anywhere opens on its latest period.
		ReportingFixture quiet = new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods);
		var today = UnitScope.today();
		quiet.openPeriod("Kỳ trước " + quiet.prefix, today.minusMonths(7), today.minusMonths(1), today.minusDays(3));
		Period latest = quiet.openPeriod("Kỳ này " + quiet.prefix, today.minusMonths(1), today.plusDays(5),
				today.plusDays(10));
		this.mvc.perform(get("/analytics").cookie(signIn(quiet.provinceOfficer)))
			.andExpect(redirectedUrl("/analytics/units/" + quiet.province + "?period=" + latest.id()));
	}

	private Cookie signIn(String username) throws Exception {
		return MvcSignIn.session(this.mvc, username, ReportingFixture.PASSWORD);
	}

}
