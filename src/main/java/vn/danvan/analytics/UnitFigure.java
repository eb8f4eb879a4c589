package vn.danvan.analytics;

import java.math.BigDecimal;

import vn.danvan.units.Unit;

/**
 * One unit directly below another, with its figure for an indicator and how many units
 * under it reported.
 */
public record UnitFigure(Unit unit, BigDecimal value, Coverage coverage, boolean approximate, boolean hasChildren) {

}
