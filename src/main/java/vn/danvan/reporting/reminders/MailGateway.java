package vn.danvan.reporting.reminders;

import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Sends plain-text e-mails through the SMTP server of {@code spring.mail.*}. Never
 * throws: a failure comes back as an {@link Outcome} with the error, so the caller keeps
 * its notifications and records the error. Without an SMTP host, e-mail is off (one info
 * line at start).
 */
@Component
class MailGateway {

	private static final Logger log = LoggerFactory.getLogger(MailGateway.class);

	private static final int MAX_ERROR_LENGTH = 2000;

	private final JavaMailSender configured;

	private final String from;

	private volatile JavaMailSender override;

	MailGateway(ObjectProvider<JavaMailSender> sender, ReminderProperties properties) {
		JavaMailSender candidate = sender.getIfAvailable();
		if (candidate instanceof JavaMailSenderImpl impl && !StringUtils.hasText(impl.getHost())) {
			candidate = null;
		}
		this.configured = candidate;
		this.from = properties.from();
		if (candidate == null) {
			log.info("E-mail is off: no SMTP host configured (DANVAN_SMTP_HOST); notifications are in-app only");
		}
	}

	boolean enabled() {
		return sender() != null;
	}

	/**
	 * Sends the e-mails through one connection.
	 */
	Outcome send(List<Mail> mails) {
		JavaMailSender sender = sender();
		if (sender == null || mails.isEmpty()) {
			return Outcome.NOTHING_SENT;
		}
		List<MimeMessage> messages = new ArrayList<>();
		try {
			for (Mail mail : mails) {
				MimeMessage message = sender.createMimeMessage();
				MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
				helper.setFrom(this.from);
				helper.setTo(mail.to());
				helper.setSubject(mail.subject());
				helper.setText(mail.body(), false);
				messages.add(message);
			}
		}
		catch (MessagingException | RuntimeException ex) {
			return new Outcome(0, error(ex));
		}
		try {
			sender.send(messages.toArray(MimeMessage[]::new));
			return new Outcome(messages.size(), null);
		}
		catch (MailSendException ex) {
			int failed = ex.getFailedMessages().isEmpty() ? messages.size() : ex.getFailedMessages().size();
			return new Outcome(messages.size() - failed, error(ex));
		}
		catch (RuntimeException ex) {
			return new Outcome(0, error(ex));
		}
	}

	/**
	 * Sends through another server (tests), or through the configured one again with
	 * {@code null}.
	 */
	void useSender(JavaMailSender sender) {
		this.override = sender;
	}

	private JavaMailSender sender() {
		JavaMailSender sender = this.override;
		return (sender != null) ? sender : this.configured;
	}

	private static String error(Exception ex) {
		StringBuilder text = new StringBuilder();
		for (Throwable t = ex; t != null && text.length() < MAX_ERROR_LENGTH; t = t.getCause()) {
			if (!text.isEmpty()) {
				text.append(" / ");
			}
			text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
			if (t.getCause() == t) {
				break;
			}
		}
		return (text.length() > MAX_ERROR_LENGTH) ? text.substring(0, MAX_ERROR_LENGTH) : text.toString();
	}

	record Mail(String to, String subject, String body) {
	}

	/**
	 * How many e-mails went out, and the error when some did not ({@code null} when all
	 * did, or when e-mail is off).
	 */
	record Outcome(int sent, String error) {

		static final Outcome NOTHING_SENT = new Outcome(0, null);

		boolean failed() {
			return this.error != null;
		}

	}

}
