package vn.danvan.directives;

import java.time.LocalDate;
import vn.danvan.directives.actions.ActionRecord;

/**
 * One unit and one action: the status, the date it is (or was) due, and the latest
 * record.
 */
public record MatrixCell(ActionStatus status, LocalDate due, ActionRecord record) {
}
