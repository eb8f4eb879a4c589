package vn.danvan.reporting.reminders;

import org.springframework.context.ApplicationEventPublisher;

import vn.danvan.reporting.Period;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.Permissions;
import vn.danvan.reporting.UnitStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.UserAccount;
import vn.danvan.reporting.reminders.ReminderRepository.DueReminder;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;
import vn.danvan.shared.errors.ConflictException;
import vn.danvan.shared.errors.ForbiddenException;

/**
 * Reminders to units that have not handed their report in: automatic ones before, on and
 * after the deadline (each once per period, unit and kind, however many app nodes run the
 * job), and manual ones a reviewer sends. Each reaches the unit's users as an in-app
 * notification and, when they have an address, an e-mail; the e-mail goes out after the
 * notification is committed, and its failure is recorded, never rolled back into it.
 */
@Service
public class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private final ReminderRepository reminders;

	private final Periods periods;

	private final Accounts accounts;

	private final Units units;

	private final Notifications notifications;

	private final MailGateway mail;

	private final ReminderTexts texts;

	private final ReminderProperties properties;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	Reminders(ReminderRepository reminders, Periods periods, Accounts accounts, Units units,
			Notifications notifications, MailGateway mail, ReminderTexts texts, ReminderProperties properties,
			ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
		this.reminders = reminders;
		this.periods = periods;
		this.accounts = accounts;
		this.units = units;
		this.notifications = notifications;
		this.mail = mail;
		this.texts = texts;
		this.properties = properties;
		this.events = events;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Sends the reminders due on the day that have not gone out yet.
	 * @return how many (period, unit, kind) reminders this call sent
	 */
	int sendDue(LocalDate today) {
		List<DueReminder> due = this.reminders.due(today, this.properties.daysBefore(),
				this.properties.overdueWithinDays());
		Map<Long, Period> periodsById = new HashMap<>();
		int sent = 0;
		for (DueReminder reminder : due) {
			try {
				Period period = periodsById.computeIfAbsent(reminder.periodId(),
						(id) -> this.periods.find(id).orElseThrow());
				if (sendDue(reminder, period, today)) {
					sent++;
				}
			}
			catch (RuntimeException ex) {
				log.error("Reminder {} of period {} to unit {} failed", reminder.kind(), reminder.periodId(),
						reminder.unitId(), ex);
			}
		}
		if (sent > 0) {
			log.info("Sent {} reminders for {}", sent, today);
		}
		return sent;
	}

	private boolean sendDue(DueReminder reminder, Period period, LocalDate today) {
		String unitName = unitName(reminder.unitId(), period);
		List<MailGateway.Mail> mails = this.transaction.execute((status) -> {
			if (!this.reminders.claim(reminder.periodId(), reminder.unitId(), reminder.kind())) {
				return null;
			}
			if (!this.reminders.stillPending(reminder.submissionId())) {
				status.setRollbackOnly();
				return null;
			}
			List<UserAccount> recipients = this.accounts.usersOfUnit(reminder.unitId());
			this.reminders.recipients(reminder.periodId(), reminder.unitId(), reminder.kind(), recipients.size());
			return notifyUnit(reminder.kind(), period, unitName, reminder.submissionId(), today, recipients);
		});
		if (mails == null) {
			return false;
		}
		MailGateway.Outcome outcome = this.mail.send(mails);
		if (outcome.failed()) {
			log.warn("E-mail of reminder {} of period {} to unit {} failed: {}", reminder.kind(), period.id(),
					reminder.unitId(), outcome.error());
		}
		if (outcome.sent() > 0 || outcome.failed()) {
			this.reminders.emailed(reminder.periodId(), reminder.unitId(), reminder.kind(), outcome);
		}
		return true;
	}

	/**
	 * Reminds now every unit in the reviewer's scope that has not handed its report in
	 * (again, if it was reminded before), and audits it.
	 * @return how many units were reminded
	 * @throws DanvanException 404 when the period is not the user's to see, 403 when the
	 * user does not review, 409 when the period is closed
	 */
	public int sendManual(ScopedUser user, long periodId) {
		Period period = this.periods.get(user, periodId);
		if (!Permissions.reviews(user)) {
			throw new ForbiddenException("reporting.reminders.error.notAllowed");
		}
		if (period.closed()) {
			throw new ConflictException("reporting.reminders.error.periodClosed", period.name());
		}
		List<UnitStatus> pending = this.periods.statuses(user, periodId)
			.stream()
			.filter((status) -> !status.state().handedIn())
			.toList();
		LocalDate today = UnitScope.today();
		Map<Long, List<MailGateway.Mail>> mailsByReminder = this.transaction.execute((status) -> {
			Map<Long, List<MailGateway.Mail>> mails = new HashMap<>();
			for (UnitStatus unit : pending) {
				List<UserAccount> recipients = this.accounts.usersOfUnit(unit.unitId());
				long id = this.reminders.insertManual(periodId, unit.unitId(), user.getUsername(), recipients.size());
				mails.put(id, notifyUnit(ReminderKind.MANUAL, period, unit.unitName(), unit.submissionId(), today,
						recipients));
			}
			this.events.publishEvent(new RemindersSent(user.getUsername(), periodId, user.scopeUnitId(),
					pending.stream().map(UnitStatus::unitId).toList()));
			return mails;
		});
		mailsByReminder.forEach((id, mails) -> {
			MailGateway.Outcome outcome = this.mail.send(mails);
			if (outcome.failed()) {
				log.warn("E-mail of manual reminder {} of period {} failed: {}", id, periodId, outcome.error());
			}
			if (outcome.sent() > 0 || outcome.failed()) {
				this.reminders.manualEmailed(id, outcome);
			}
		});
		return pending.size();
	}

	/**
	 * Notifies each user of the unit (in the caller's transaction) and returns the
	 * e-mails to send once it commits.
	 */
	private List<MailGateway.Mail> notifyUnit(ReminderKind kind, Period period, String unitName, long submissionId,
			LocalDate today, List<UserAccount> recipients) {
		String title = this.texts.reminderTitle(kind, period);
		String body = this.texts.reminderBody(period, unitName, today);
		List<MailGateway.Mail> mails = new ArrayList<>();
		for (UserAccount user : recipients) {
			this.notifications.notify(user.username(), title, body, ReminderTexts.submissionPath(submissionId));
			if (StringUtils.hasText(user.email())) {
				mails.add(this.texts.reminderMail(kind, period, unitName, submissionId, today, user));
			}
		}
		return mails;
	}

	private String unitName(long unitId, Period period) {
		return this.units.find(unitId, Periods.unitDate(period)).map(Unit::name).orElse("#" + unitId);
	}

}
