package vn.danvan.reporting.reminders;

import vn.danvan.reporting.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.danvan.accounts.UserAccount;
import vn.danvan.shared.text.VietnameseNumbers;
import vn.danvan.shared.time.VietnamTime;

/**
 * The Vietnamese words of reminders and notifications, from {@code messages.properties}.
 * They are written once when sent and stored, so they are always in Vietnamese.
 */
@Component
class ReminderTexts {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	private final ReminderProperties properties;

	ReminderTexts(MessageSource messages, ReminderProperties properties) {
		this.messages = messages;
		this.properties = properties;
	}

	static String submissionPath(long submissionId) {
		return "/reporting/submissions/" + submissionId;
	}

	String reminderTitle(ReminderKind kind, Period period) {
		return text("reporting.reminders.notification.title." + kind.name(), period.templateName(), period.name());
	}

	String reminderBody(Period period, String unitName, LocalDate today) {
		return text("reporting.reminders.notification.body", unitName, period.name(),
				VietnamTime.DATE.format(period.deadline()), due(period.deadline(), today));
	}

	MailGateway.Mail reminderMail(ReminderKind kind, Period period, String unitName, long submissionId, LocalDate today,
			UserAccount to) {
		String subject = text("reporting.reminders.mail.subject." + kind.name(), period.templateName(), period.name());
		String body = text("reporting.reminders.mail.body", to.displayName(), unitName, period.templateName(),
				period.name(), VietnamTime.DATE.format(period.deadline()), due(period.deadline(), today),
				this.properties.link(submissionPath(submissionId)));
		return new MailGateway.Mail(to.email(), subject, body);
	}

	/**
	 * "còn 3 ngày", "hôm nay là ngày cuối cùng", "đã quá hạn 2 ngày".
	 */
	String due(LocalDate deadline, LocalDate today) {
		long days = ChronoUnit.DAYS.between(today, deadline);
		if (days > 0) {
			return text("reporting.reminders.due.left", VietnameseNumbers.format(BigDecimal.valueOf(days)));
		}
		if (days == 0) {
			return text("reporting.reminders.due.today");
		}
		return text("reporting.reminders.due.late", VietnameseNumbers.format(BigDecimal.valueOf(-days)));
	}

	String eventTitle(String event, Period period, String unitName) {
		return text("reporting.reminders.event." + event + ".title", period.templateName(), period.name(), unitName);
	}

	String eventBody(String event, Period period, String unitName, String comment) {
		return text("reporting.reminders.event." + event + ".body", unitName, period.templateName(), period.name(),
				(comment != null) ? comment : "");
	}

	MailGateway.Mail eventMail(String title, String body, long submissionId, UserAccount to) {
		return new MailGateway.Mail(to.email(), text("reporting.reminders.event.mail.subject", title),
				text("reporting.reminders.event.mail.body", to.displayName(), body,
						this.properties.link(submissionPath(submissionId))));
	}

	String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, VIETNAMESE);
	}

}
