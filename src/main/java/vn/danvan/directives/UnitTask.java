package vn.danvan.directives;

import vn.danvan.directives.actions.MatrixCell;

/**
 * An action that concerns a unit, with where the unit stands on it.
 */
public record UnitTask(Directive directive, DirectiveAction action, MatrixCell cell) {
}
