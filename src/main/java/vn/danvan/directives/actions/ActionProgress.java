package vn.danvan.directives.actions;

import vn.danvan.directives.DirectiveAction;

/**
 * How far the units concerned by an action have come: "85% of communes have held the
 * dissemination".
 */
public record ActionProgress(DirectiveAction action, int units, int done, int late, int pending) {

	/**
	 * Percentage done, one decimal.
	 */
	public double percentDone() {
		return (this.units == 0) ? 0 : Math.round(this.done * 1000.0 / this.units) / 10.0;
	}

}
