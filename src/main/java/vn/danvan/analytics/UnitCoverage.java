package vn.danvan.analytics;

import vn.danvan.units.Unit;

/**
 * A unit directly below another with how many reports under it (itself included) are
 * expected, handed in and approved for a period; {@code hasChildren} when it has units of
 * its own below it to drill into.
 */
public record UnitCoverage(Unit unit, Coverage coverage, boolean hasChildren) {

}
