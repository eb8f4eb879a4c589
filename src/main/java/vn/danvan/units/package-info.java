/**
 * The organisation tree over time: units with versions valid over date ranges (names,
 * codes, kind, level, parent) and successions (merge, split, rename) between them, so
 * that history survives reorganisations.
 * <p>
 * API (this package): the facade {@link vn.danvan.units.Units} and
 * {@link vn.danvan.units.UnitScope} (what a signed-in user may see), the administration
 * {@link vn.danvan.units.UnitAdministration} and the file imports
 * {@link vn.danvan.units.UnitImports} (with {@link vn.danvan.units.OfficialUnitLists},
 * the reference lists), their read records and the past-tense events
 * {@link vn.danvan.units.UnitCreated}, {@link vn.danvan.units.UnitChanged},
 * {@link vn.danvan.units.UnitClosed}, {@link vn.danvan.units.SuccessionRecorded} and
 * {@link vn.danvan.units.UnitsImported}, published in the transaction of the change; each
 * is {@code shared.audit.Audited}, so the audit log writes it. Refusals are the shared
 * kinds ({@link vn.danvan.units.UnitNotFoundException} is a {@code NotFoundException}).
 * Listens to none.
 * <p>
 * Features (internal): {@code units.tree} (browsing the tree, administration and
 * succession pages, the unit API), {@code units.imports} (CSV, reorganisation and
 * official-list import pages and API). Published views for other modules' SQL:
 * {@code units.unit_version_view} and {@code units.succession_view} (migration V5,
 * {@code docs/units-administration.md}); no other module reads the tables.
 */
@ApplicationModule(allowedDependencies = { "shared" })
package vn.danvan.units;

import org.springframework.modulith.ApplicationModule;
