package vn.danvan.units.tree;

import vn.danvan.units.UnitKind;

/**
 * What a unit is to be from a date on: code, names, kind and parent (all of them, changed
 * or not).
 */
public record UnitChange(String code, String name, String fullName, UnitKind kind, Long parentId) {
}
