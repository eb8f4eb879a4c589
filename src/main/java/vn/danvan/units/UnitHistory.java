package vn.danvan.units;

import java.util.List;

/**
 * Everything a unit was: its versions in time order, what it was formed from and what it
 * became.
 */
public record UnitHistory(List<Unit> versions, List<Succession> formedFrom, List<Succession> became) {
}
