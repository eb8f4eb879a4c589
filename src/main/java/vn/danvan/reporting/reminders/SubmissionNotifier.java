package vn.danvan.reporting.reminders;

import vn.danvan.reporting.Period;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.SubmissionApproved;
import vn.danvan.reporting.SubmissionReopened;
import vn.danvan.reporting.SubmissionReturned;
import vn.danvan.reporting.SubmissionSubmitted;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.StringUtils;

import vn.danvan.accounts.Accounts;
import vn.danvan.shared.security.Role;
import vn.danvan.accounts.UserAccount;
import vn.danvan.units.Unit;
import vn.danvan.units.Units;

/**
 * Tells people about state changes of reports: the reviewers when a unit hands one in,
 * the unit's users when it is returned, approved or reopened (by e-mail too when returned
 * or reopened). Listens after the change commits, asynchronously, through the event
 * publication registry; a redelivered event notifies no one twice. Each step settles the
 * earlier notifications of the same report (they no longer ask for anything), in whatever
 * order the events arrive.
 */
@Component
class SubmissionNotifier {

	private static final Logger log = LoggerFactory.getLogger(SubmissionNotifier.class);

	private final Periods periods;

	private final Accounts accounts;

	private final Units units;

	private final Notifications notifications;

	private final MailGateway mail;

	private final ReminderTexts texts;

	SubmissionNotifier(Periods periods, Accounts accounts, Units units, Notifications notifications, MailGateway mail,
			ReminderTexts texts) {
		this.periods = periods;
		this.accounts = accounts;
		this.units = units;
		this.notifications = notifications;
		this.mail = mail;
		this.texts = texts;
	}

	@ApplicationModuleListener
	void on(SubmissionSubmitted event) {
		Period period = this.periods.find(event.periodId()).orElseThrow();
		Unit unit = unit(event.unitId(), period);
		notify("submitted", event.submissionId(), event.at(), period, unit, null, reviewers(period, unit), false);
	}

	@ApplicationModuleListener
	void on(SubmissionReturned event) {
		Period period = this.periods.find(event.periodId()).orElseThrow();
		Unit unit = unit(event.unitId(), period);
		notify("returned", event.submissionId(), event.at(), period, unit, event.comment(),
				this.accounts.usersOfUnit(event.unitId()), true);
	}

	@ApplicationModuleListener
	void on(SubmissionApproved event) {
		Period period = this.periods.find(event.periodId()).orElseThrow();
		Unit unit = unit(event.unitId(), period);
		notify("approved", event.submissionId(), event.at(), period, unit, null,
				this.accounts.usersOfUnit(event.unitId()), false);
	}

	@ApplicationModuleListener
	void on(SubmissionReopened event) {
		Period period = this.periods.find(event.periodId()).orElseThrow();
		Unit unit = unit(event.unitId(), period);
		notify("reopened", event.submissionId(), event.at(), period, unit, event.reason(),
				this.accounts.usersOfUnit(event.unitId()), true);
	}

	/**
	 * The commission officers of the unit that opened the period, or else of the
	 * reporting unit's parent.
	 */
	List<UserAccount> reviewers(Period period, Unit unit) {
		List<UserAccount> reviewers = (period.ownerUnitId() != null) ? commissionOfficers(period.ownerUnitId())
				: List.of();
		if (reviewers.isEmpty() && unit != null && unit.parentId() != null) {
			reviewers = commissionOfficers(unit.parentId());
		}
		return reviewers;
	}

	private List<UserAccount> commissionOfficers(long unitId) {
		return this.accounts.usersOfUnit(unitId)
			.stream()
			.filter((user) -> user.hasRole(Role.COMMISSION_OFFICER))
			.toList();
	}

	private void notify(String event, long submissionId, Instant at, Period period, Unit unit, String comment,
			List<UserAccount> recipients, boolean email) {
		String unitName = (unit != null) ? unit.name() : "";
		String title = this.texts.eventTitle(event, period, unitName);
		String body = this.texts.eventBody(event, period, unitName, comment);
		String link = ReminderTexts.submissionPath(submissionId);
		this.notifications.settle(link, at);
		List<MailGateway.Mail> mails = new ArrayList<>();
		for (UserAccount user : recipients) {
			String key = event + ":" + submissionId + ":" + at.toEpochMilli() + ":" + user.username();
			boolean fresh = this.notifications.notify(user.username(), title, body, link, key, at);
			if (fresh && email && StringUtils.hasText(user.email())) {
				mails.add(this.texts.eventMail(title, body, submissionId, user));
			}
		}
		if (!mails.isEmpty()) {
			afterCommit(() -> {
				MailGateway.Outcome outcome = this.mail.send(mails);
				if (outcome.failed()) {
					log.warn("E-mail about submission {} ({}) failed: {}", submissionId, event, outcome.error());
				}
			});
		}
	}

	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

	private Unit unit(long unitId, Period period) {
		return this.units.find(unitId, Periods.unitDate(period)).orElse(null);
	}

}
