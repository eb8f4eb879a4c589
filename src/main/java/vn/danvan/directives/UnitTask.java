package vn.danvan.directives;

/**
 * An action that concerns a unit, with where the unit stands on it.
 */
public record UnitTask(Directive directive, DirectiveAction action, MatrixCell cell) {
}
