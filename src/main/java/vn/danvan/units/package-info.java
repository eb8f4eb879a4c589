/**
 * The organisation tree over time: units with versions valid over date ranges (names,
 * codes, kind, level, parent) and successions (merge, split, rename) between them, so
 * that history survives reorganisations. Public API: {@link vn.danvan.units.Units}.
 * Administrators change it through {@link vn.danvan.units.UnitAdministration} and the CSV
 * import of {@link vn.danvan.units.UnitImports}. Publishes
 * {@link vn.danvan.units.UnitChanged} and {@link vn.danvan.units.UnitsImported}; listens
 * to none.
 */
package vn.danvan.units;
