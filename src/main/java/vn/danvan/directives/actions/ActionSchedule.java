package vn.danvan.directives.actions;

import java.time.LocalDate;
import java.util.List;
import vn.danvan.directives.ActionStatus;
import vn.danvan.directives.DirectiveAction;
import vn.danvan.directives.MatrixCell;

/**
 * Decides the status of a unit on an action from its records. A one-off action is done
 * once recorded (late when recorded after the due date). A recurring action (every N
 * years from the first due date) is due again each period: a record counts for the period
 * whose due date is the first on or after it.
 */
public final class ActionSchedule {

	private ActionSchedule() {
	}

	/**
	 * @param records the unit's records of the action, oldest first
	 */
	public static MatrixCell status(DirectiveAction action, List<ActionRecord> records, LocalDate today) {
		ActionRecord latest = records.isEmpty() ? null : records.get(records.size() - 1);
		if (action.everyYears() == null) {
			if (latest != null) {
				ActionRecord first = records.get(0);
				return new MatrixCell(
						first.doneOn().isAfter(action.dueOn()) ? ActionStatus.DONE_LATE : ActionStatus.DONE,
						action.dueOn(), latest);
			}
			return new MatrixCell(today.isAfter(action.dueOn()) ? ActionStatus.LATE : ActionStatus.PENDING,
					action.dueOn(), null);
		}
		int years = action.everyYears();
		LocalDate next = action.dueOn();
		LocalDate previous = null;
		while (next.isBefore(today)) {
			previous = next;
			next = next.plusYears(years);
		}
		// "next" is the first due date on or after today, "previous" the last one before
		if (latest != null && (previous == null || latest.doneOn().isAfter(previous))) {
			return new MatrixCell(ActionStatus.DONE, next, latest);
		}
		if (previous != null) {
			LocalDate lastDue = previous;
			LocalDate periodStart = lastDue.equals(action.dueOn()) ? null : lastDue.minusYears(years);
			boolean doneLastPeriod = records.stream()
				.anyMatch((r) -> !r.doneOn().isAfter(lastDue)
						&& (periodStart == null || r.doneOn().isAfter(periodStart)));
			if (!doneLastPeriod) {
				return new MatrixCell(ActionStatus.LATE, lastDue, latest);
			}
		}
		return new MatrixCell(ActionStatus.PENDING, next, latest);
	}

}
