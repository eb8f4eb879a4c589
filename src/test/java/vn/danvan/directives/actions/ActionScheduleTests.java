package vn.danvan.directives.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.danvan.units.UnitLevel;
import vn.danvan.directives.ActionStatus;
import vn.danvan.directives.DirectiveAction;
import vn.danvan.directives.DirectiveActionKind;
import vn.danvan.directives.MatrixCell;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status of a unit on one-off and recurring actions.
 */
class ActionScheduleTests {

	static final LocalDate DUE = LocalDate.of(2026, 6, 30);

	@Test
	void aOneOffActionIsPendingThenLateUnlessDone() {
		DirectiveAction action = action(null);
		assertThat(ActionSchedule.status(action, List.of(), DUE).status()).isEqualTo(ActionStatus.PENDING);
		assertThat(ActionSchedule.status(action, List.of(), DUE.plusDays(1)).status()).isEqualTo(ActionStatus.LATE);
		assertThat(ActionSchedule.status(action, List.of(record(DUE.minusDays(3))), DUE.plusDays(10)).status())
			.isEqualTo(ActionStatus.DONE);
		assertThat(ActionSchedule.status(action, List.of(record(DUE.plusDays(3))), DUE.plusDays(10)).status())
			.isEqualTo(ActionStatus.DONE_LATE);
	}

	@Test
	void aRecurringActionIsDueAgainEveryPeriod() {
		DirectiveAction everyTwoYears = action(2);
		LocalDate today = LocalDate.of(2027, 1, 10);
		MatrixCell late = ActionSchedule.status(everyTwoYears, List.of(), today);
		assertThat(late.status()).isEqualTo(ActionStatus.LATE);
		assertThat(late.due()).isEqualTo(DUE);
		MatrixCell done = ActionSchedule.status(everyTwoYears, List.of(record(LocalDate.of(2026, 5, 1))), today);
		assertThat(done.status()).isEqualTo(ActionStatus.PENDING);
		assertThat(done.due()).isEqualTo(DUE.plusYears(2));
		MatrixCell doneAgain = ActionSchedule.status(everyTwoYears,
				List.of(record(LocalDate.of(2026, 5, 1)), record(LocalDate.of(2027, 1, 5))), today);
		assertThat(doneAgain.status()).isEqualTo(ActionStatus.DONE);
		assertThat(ActionSchedule
			.status(everyTwoYears, List.of(record(LocalDate.of(2026, 5, 1))), LocalDate.of(2028, 7, 1))
			.status()).isEqualTo(ActionStatus.LATE);
	}

	static DirectiveAction action(Integer everyYears) {
		return new DirectiveAction(1, 1, DirectiveActionKind.DISSEMINATION, "", DUE, everyYears, 1,
				List.of(UnitLevel.COMMUNE), List.of());
	}

	static ActionRecord record(LocalDate doneOn) {
		return new ActionRecord(1, 1, 1, doneOn, "", null, "", null, "test", Instant.now());
	}

}
