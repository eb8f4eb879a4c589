package vn.danvan.reporting.reminders;

import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.stereotype.Component;

import vn.danvan.units.UnitScope;

/**
 * The scheduled run of the automatic reminders (see {@link ReminderSchedule}). The
 * ShedLock lock lets one node at a time run it, which saves duplicate work; that each
 * reminder goes out once is guaranteed by {@link ReminderRepository#claim}.
 */
@Component
class ReminderJob {

	static final String LOCK = "reporting-reminders";

	private final Reminders reminders;

	ReminderJob(Reminders reminders) {
		this.reminders = reminders;
	}

	@SchedulerLock(name = LOCK, lockAtMostFor = "${danvan.reporting.reminders.lock-at-most-for:PT30M}",
			lockAtLeastFor = "${danvan.reporting.reminders.lock-at-least-for:PT1M}")
	public void run() {
		LocalDate today = UnitScope.today();
		this.reminders.sendDue(today);
	}

}
