package vn.danvan.directives.actions;

import java.util.List;

import vn.danvan.units.Unit;
import vn.danvan.directives.DirectiveAction;
import vn.danvan.directives.MatrixCell;

/**
 * Units × actions of a directive within the user's scope, with totals per action and the
 * overdue cells.
 *
 * @param rows the units shown (possibly filtered and limited)
 * @param unitCount how many units the matrix has before filtering and limiting
 */
public record ActionMatrix(List<DirectiveAction> actions, List<ActionProgress> totals, List<Row> rows, int unitCount,
		List<Overdue> overdue) {

	/**
	 * A unit and its cell for each action ({@code null} where the action does not concern
	 * it).
	 */
	public record Row(Unit unit, List<MatrixCell> cells) {
	}

	/**
	 * An action a unit has not done by its due date.
	 */
	public record Overdue(Unit unit, DirectiveAction action, MatrixCell cell, long daysLate) {
	}

}
