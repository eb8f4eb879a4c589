/**
 * The organisation tree over time: units with versions valid over date ranges (names,
 * codes, kind, level, parent) and successions (merge, split, rename) between them, so
 * that history survives reorganisations. Public API: {@link vn.danvan.units.Units}.
 * Publishes no events yet; listens to none.
 */
package vn.danvan.units;
