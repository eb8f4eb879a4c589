package vn.danvan.reporting.reminders;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.MvcSignIn;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.units.tree.UnitAdministration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DanvanIntegrationTest
class RemindersPagesTests {

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
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	ReportingFixture world;

	Period period;

	@BeforeEach
	void setUp() {
		this.world = new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods);
		LocalDate deadline = LocalDate.of(2044, 6, 20);
		this.period = this.world.openPeriod("6 tháng đầu năm 2044", deadline.minusDays(180), deadline.minusDays(6),
				deadline);
	}

	@Test
	void aReviewerSendsRemindersFromThePeriodPage() throws Exception {
		Cookie province = signIn(this.world.provinceOfficer);
		this.mvc.perform(post("/reporting/periods/{id}/reminders", this.period.id()).cookie(province).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/reporting/periods/" + this.period.id()))
			.andExpect(flash().attribute("remindersMessage", "Đã gửi nhắc nhở tới 2 đơn vị."))
			.andExpect(flash().attribute("remindersSent", 2));
		assertThat(this.jdbc.sql("select count(*) from reporting.manual_reminder where period_id = ?")
			.param(this.period.id())
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(this.jdbc.sql("""
				select details ->> 'units' from accounts.audit_log where action = 'REMINDERS_SENT' and target_id = ?
				""").param(String.valueOf(this.period.id())).query(String.class).single()).isEqualTo("2");
		assertThat(this.notifications.list(this.world.communeOfficer)).singleElement()
			.satisfies((n) -> assertThat(n.title()).startsWith("Nhắc nộp báo cáo"));
	}

	@Test
	void onlyReviewersWhoSeeThePeriodMaySendAndOnlyWithTheToken() throws Exception {
		Cookie province = signIn(this.world.provinceOfficer);
		this.mvc.perform(post("/reporting/periods/{id}/reminders", this.period.id()).cookie(province))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/reporting/periods/{id}/reminders", this.period.id())
				.cookie(signIn(this.world.communeOfficer))
				.with(csrf()))
			.andExpect(status().isForbidden());
		ReportingFixture otherWorld = new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods);
		this.mvc
			.perform(post("/reporting/periods/{id}/reminders", this.period.id())
				.cookie(signIn(otherWorld.provinceOfficer))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/reporting/periods/{id}/reminders", Long.MAX_VALUE).cookie(province).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from reporting.manual_reminder where period_id = ?")
			.param(this.period.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aClosedPeriodSendsNothingAndSaysWhy() throws Exception {
		this.periods.close(this.world.signedIn(this.world.provinceOfficer), this.period.id());
		this.mvc
			.perform(post("/reporting/periods/{id}/reminders", this.period.id())
				.cookie(signIn(this.world.provinceOfficer))
				.with(csrf()))
			.andExpect(redirectedUrl("/reporting/periods/" + this.period.id()))
			.andExpect(
					flash().attribute("actionError", "Kỳ báo cáo “6 tháng đầu năm 2044” đã khóa: không gửi nhắc nhở."))
			.andExpect(flash().attributeCount(1));
		this.mvc
			.perform(post("/reporting/periods/{id}/reminders", this.period.id())
				.cookie(signIn(this.world.provinceOfficer))
				.cookie(new Cookie("danvan-lang", "en"))
				.with(csrf()))
			.andExpect(flash().attribute("actionError",
					"The reporting period “6 tháng đầu năm 2044” is closed: no reminders sent."));
	}

	@Test
	void theNotificationsPageAndTheBellShowWhatIsUnread() throws Exception {
		String user = this.world.communeOfficer;
		this.notifications.notify(user, "Thông báo cũ", "Nội dung cũ", null);
		this.notifications.notify(user, "Nhắc nộp báo cáo thử", "Xã Bình An chưa nộp", "/reporting/submissions/7");
		Cookie session = signIn(user);

		this.mvc.perform(get("/").cookie(session))
			.andExpect(status().isOk())
			.andExpect(model().attribute("unreadNotifications", 2L))
			.andExpect(content().string(containsString("id=\"nav-notifications\"")))
			.andExpect(content().string(containsString("id=\"nav-unread\">2</span>")))
			.andExpect(content().string(containsString("Thông báo: 2 chưa đọc")));

		String page = this.mvc.perform(get("/notifications").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đánh dấu tất cả đã đọc")))
			.andExpect(content().string(containsString("href=\"/reporting/submissions/7\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("Nhắc nộp báo cáo thử")).isLessThan(page.indexOf("Thông báo cũ"));
		assertThat(page).containsPattern("<div class=\"fw-bold\">\\s*<span[^>]*>Chưa đọc:</span>");

		List<Notification> list = this.notifications.list(user);
		this.mvc.perform(post("/notifications/{id}/read", list.get(0).id()).cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/notifications"));
		this.mvc.perform(get("/notifications").cookie(session))
			.andExpect(content().string(containsString("id=\"nav-unread\">1</span>")));
		this.mvc
			.perform(post("/notifications/{id}/read", list.get(0).id()).cookie(signIn(this.world.otherCommuneOfficer))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/notifications/read").cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/notifications"))
			.andExpect(flash().attribute("successKey", "notifications.markedAll"));
		this.mvc.perform(get("/notifications").cookie(session))
			.andExpect(content().string(not(containsString("id=\"nav-unread\""))))
			.andExpect(content().string(not(containsString("Đánh dấu tất cả đã đọc"))));
	}

	@Test
	void anEmptyListSaysSoAndTheApiGetsNoCount() throws Exception {
		Cookie session = signIn(this.world.otherCommuneOfficer);
		this.mvc.perform(get("/notifications").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa có thông báo nào.")))
			.andExpect(model().attribute("unreadNotifications", 0L));
		this.mvc.perform(get("/notifications").header("HX-Request", "true").cookie(session))
			.andExpect(model().attributeDoesNotExist("unreadNotifications"));
		this.mvc.perform(get("/login")).andExpect(model().attributeDoesNotExist("unreadNotifications"));
	}

	private Cookie signIn(String username) throws Exception {
		return MvcSignIn.session(this.mvc, username, ReportingFixture.PASSWORD);
	}

}
