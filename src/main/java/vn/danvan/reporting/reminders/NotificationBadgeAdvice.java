package vn.danvan.reporting.reminders;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in user's unread notification count ({@code unreadNotifications}) into
 * the model of every page for the bell in the navigation bar: one indexed count, skipped
 * for the API, htmx fragments and anonymous requests.
 */
@ControllerAdvice
class NotificationBadgeAdvice {

	static final String ATTRIBUTE = "unreadNotifications";

	private final Notifications notifications;

	NotificationBadgeAdvice(Notifications notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute
	void unreadNotifications(HttpServletRequest request, Model model) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
			return;
		}
		if (request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null) {
			return;
		}
		model.addAttribute(ATTRIBUTE, this.notifications.unread(authentication.getName()));
	}

}
