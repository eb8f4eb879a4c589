package vn.danvan.reporting.web;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.accounts.SignedInUser;
import vn.danvan.reporting.Reminders;
import vn.danvan.reporting.ReportingException;

/**
 * "Gửi nhắc nhở" on a period's page: reminds every unit in the reviewer's scope that has
 * not handed its report in, and goes back to the period with how many were reminded.
 */
@Controller
class PeriodRemindersController {

	/**
	 * Flash attributes with the message the period page shows (a key and its arguments);
	 * see {@code reporting/reminders :: result}.
	 */
	static final String RESULT = "remindersResult";

	static final String RESULT_ARGUMENTS = "remindersResultArguments";

	private final Reminders reminders;

	PeriodRemindersController(Reminders reminders) {
		this.reminders = reminders;
	}

	@PostMapping("/reporting/periods/{id}/reminders")
	String sendReminders(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect,
			HttpServletResponse response) throws IOException {
		try {
			int units = this.reminders.sendManual(user, id);
			redirect.addFlashAttribute(RESULT,
					(units > 0) ? "reporting.reminders.sent" : "reporting.reminders.nothingToSend");
			redirect.addFlashAttribute(RESULT_ARGUMENTS, new String[] { Integer.toString(units) });
			redirect.addFlashAttribute("remindersSent", units);
		}
		catch (ReportingException ex) {
			if (ex.status() == 404 || ex.status() == 403) {
				response.sendError(ex.status());
				return null;
			}
			redirect.addFlashAttribute(RESULT, ex.messageKey());
			redirect.addFlashAttribute(RESULT_ARGUMENTS,
					Arrays.stream(ex.arguments()).map(String::valueOf).toArray(String[]::new));
			redirect.addFlashAttribute("remindersFailed", true);
		}
		return "redirect:/reporting/periods/" + id;
	}

}
