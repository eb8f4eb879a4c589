package vn.danvan.reporting.reminders;

/**
 * Why a unit is reminded: the deadline is near, it is today, it has passed, or a reviewer
 * asked.
 */
enum ReminderKind {

	BEFORE, ON_DEADLINE, OVERDUE, MANUAL

}
