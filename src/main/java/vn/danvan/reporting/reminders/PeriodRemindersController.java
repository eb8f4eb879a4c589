package vn.danvan.reporting.reminders;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.accounts.SignedInUser;
import vn.danvan.shared.errors.DanvanException;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.errors.NotFoundException;
import vn.danvan.shared.errors.RefusalStatus;

/**
 * "Nhắc nhở" on a period's page: reminds every unit in the reviewer's scope that has not
 * handed its report in, and goes back to the period saying how many were reminded
 * ({@code remindersMessage}, see {@code reporting/reminders :: result}) or why not
 * ({@code actionError}).
 */
@Controller
class PeriodRemindersController {

	static final String MESSAGE = "remindersMessage";

	static final String SENT = "remindersSent";

	static final String ERROR = "actionError";

	private final Reminders reminders;

	private final MessageSource messages;

	PeriodRemindersController(Reminders reminders, MessageSource messages) {
		this.reminders = reminders;
		this.messages = messages;
	}

	@PostMapping("/reporting/periods/{id}/reminders")
	String sendReminders(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect,
			HttpServletResponse response) throws IOException {
		try {
			int units = this.reminders.sendManual(user, id);
			redirect.addFlashAttribute(MESSAGE,
					message((units > 0) ? "reporting.reminders.sent" : "reporting.reminders.nothingToSend", units));
			redirect.addFlashAttribute(SENT, units);
		}
		catch (DanvanException ex) {
			if (ex instanceof NotFoundException || ex instanceof ForbiddenException) {
				response.sendError(RefusalStatus.of(ex));
				return null;
			}
			redirect.addFlashAttribute(ERROR, message(ex.messageKey(), ex.arguments()));
		}
		return "redirect:/reporting/periods/" + id;
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
