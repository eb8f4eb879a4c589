package vn.danvan.units.tree;

/**
 * Marks the unit API controllers (here and in {@code units.imports}), whose unreadable
 * parameters {@link UnitsApiProblems} answers.
 */
public interface UnitsApi {

}
