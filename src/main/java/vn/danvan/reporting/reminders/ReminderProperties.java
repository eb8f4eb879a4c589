package vn.danvan.reporting.reminders;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reminders, bound to {@code danvan.reporting.reminders.*}.
 *
 * @param enabled whether the scheduled job runs (manual reminders and notifications work
 * either way)
 * @param cron when the job runs, in Vietnam time (Spring's six-field cron)
 * @param daysBefore how many days before the deadline the first reminder goes out
 * @param overdueWithinDays how long after the deadline a missed overdue reminder is still
 * sent (when the app was down the day after the deadline)
 * @param from the sender of the e-mails
 * @param baseUrl the address users reach the app at, for links in e-mails
 */
@ConfigurationProperties("danvan.reporting.reminders")
record ReminderProperties(@DefaultValue("true") boolean enabled, @DefaultValue("0 */15 * * * *") String cron,
		@DefaultValue("3") int daysBefore, @DefaultValue("7") int overdueWithinDays,
		@DefaultValue("Danvan <no-reply@localhost>") String from,
		@DefaultValue("http://localhost:8080") String baseUrl) {

	String link(String path) {
		String base = this.baseUrl.endsWith("/") ? this.baseUrl.substring(0, this.baseUrl.length() - 1) : this.baseUrl;
		return base + path;
	}

}
