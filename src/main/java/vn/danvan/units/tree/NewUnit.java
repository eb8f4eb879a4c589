package vn.danvan.units.tree;

import java.time.LocalDate;

import vn.danvan.units.UnitKind;

/**
 * A unit to create: its first version starts on {@code validFrom} under {@code parentId};
 * the code may be empty for organisations and the full name defaults to the name.
 */
public record NewUnit(String code, String name, String fullName, UnitKind kind, Long parentId, LocalDate validFrom) {
}
