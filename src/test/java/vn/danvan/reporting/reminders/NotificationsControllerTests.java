package vn.danvan.reporting.reminders;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.accounts.SignedInUser;
import vn.danvan.shared.security.Role;
import vn.danvan.support.SliceUsers;
import vn.danvan.support.WebSlice;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The notifications page as a controller slice: the list in the layout with the bell's
 * count, marking one or all read (CSRF required), and nothing for a visitor who has not
 * signed in.
 */
@WebSlice(NotificationsController.class)
class NotificationsControllerTests {

	static final SignedInUser OFFICER = SliceUsers.signedIn("xa-binh-an", 12L, Role.REPORTING_OFFICER);

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifications notifications;

	@BeforeEach
	void twoNotificationsOneUnread() {
		given(this.notifications.list("xa-binh-an")).willReturn(List.of(
				new Notification(2, "Nhắc nộp báo cáo “Sơ kết 6 tháng”", "Hạn nộp: 20/06/2031",
						"/reporting/submissions/7", Instant.parse("2031-06-17T01:00:00Z"), null),
				new Notification(1, "Báo cáo đã được duyệt", "Xã Bình An", null, Instant.parse("2031-06-10T01:00:00Z"),
						Instant.parse("2031-06-11T01:00:00Z"))));
		given(this.notifications.unread("xa-binh-an")).willReturn(1L);
	}

	@Test
	void theFullPageListsTheNotificationsWithTheUnreadOnesMarked() throws Exception {
		this.mvc.perform(get("/notifications").with(SliceUsers.as(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(view().name("reporting/notifications"))
			.andExpect(model().attribute(NotificationBadgeAdvice.ATTRIBUTE, 1L))
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("id=\"nav-unread\"")))
			.andExpect(content().string(containsString("id=\"notification-2\"")))
			.andExpect(content().string(containsString("dv-unread")))
			.andExpect(content().string(containsString("Nhắc nộp báo cáo “Sơ kết 6 tháng”")))
			.andExpect(content().string(containsString("href=\"/reporting/submissions/7\"")))
			.andExpect(content().string(containsString("id=\"mark-all-read\"")));
	}

	@Test
	void anHtmxRequestGetsNoBellCount() throws Exception {
		this.mvc.perform(get("/notifications").header("HX-Request", "true").with(SliceUsers.as(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(model().attributeDoesNotExist(NotificationBadgeAdvice.ATTRIBUTE))
			.andExpect(content().string(not(containsString("id=\"mark-all-read\""))));
		then(this.notifications).should(org.mockito.Mockito.never()).unread("xa-binh-an");
	}

	@Test
	void markingOneReadGoesBackToTheList() throws Exception {
		this.mvc.perform(post("/notifications/2/read").with(csrf()).with(SliceUsers.as(OFFICER)))
			.andExpect(redirectedUrl("/notifications"));
		then(this.notifications).should().markRead("xa-binh-an", 2L);
	}

	@Test
	void markingAllReadSaysSo() throws Exception {
		this.mvc.perform(post("/notifications/read").with(csrf()).with(SliceUsers.as(OFFICER)))
			.andExpect(redirectedUrl("/notifications"))
			.andExpect(flash().attribute("successKey", "notifications.markedAll"));
		then(this.notifications).should().markAllRead("xa-binh-an");
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/notifications/read").with(SliceUsers.as(OFFICER))).andExpect(status().isForbidden());
		then(this.notifications).shouldHaveNoInteractions();
	}

	@Test
	void aVisitorIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/notifications")).andExpect(redirectedUrl("/login"));
	}

}
