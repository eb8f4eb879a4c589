package vn.danvan.units;

/**
 * A unit of today's tree that a historical unit became; {@code approximate} when the way
 * there crosses a partial link.
 */
public record CurrentUnit(Unit unit, boolean approximate) {
}
