package vn.danvan.directives.actions;

import java.time.LocalDate;
import vn.danvan.directives.ActionStatus;

/**
 * One unit and one action: the status, the date it is (or was) due, and the latest
 * record.
 */
public record MatrixCell(ActionStatus status, LocalDate due, ActionRecord record) {
}
