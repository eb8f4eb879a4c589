package vn.danvan.reporting.reminders;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.accounts.SignedInUser;

/**
 * The signed-in user's notifications ("Thông báo"), newest first, unread ones marked.
 */
@Controller
class NotificationsController {

	private final Notifications notifications;

	NotificationsController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String listNotifications(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("notifications", this.notifications.list(user.getUsername()));
		model.addAttribute("listSize", Notifications.LIST_SIZE);
		return "reporting/notifications";
	}

	@PostMapping("/notifications/{id}/read")
	String markRead(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		this.notifications.markRead(user.getUsername(), id);
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/read")
	String markAllRead(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.notifications.markAllRead(user.getUsername());
		redirect.addFlashAttribute("successKey", "notifications.markedAll");
		return "redirect:/notifications";
	}

}
