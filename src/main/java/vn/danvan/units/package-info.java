/**
 * The organisation tree over time: units with versions valid over date ranges (names,
 * codes, kind, level, parent) and successions (merge, split, rename) between them, so
 * that history survives reorganisations.
 * <p>
 * API (this package, what other modules' code uses): the facade
 * {@link vn.danvan.units.Units} and {@link vn.danvan.units.UnitScope} (what a signed-in
 * user may see), their read records ({@link vn.danvan.units.Unit},
 * {@link vn.danvan.units.UnitHistory}, {@link vn.danvan.units.Succession},
 * {@link vn.danvan.units.CurrentUnit}, the enums), and the past-tense events
 * {@link vn.danvan.units.UnitCreated}, {@link vn.danvan.units.UnitChanged},
 * {@link vn.danvan.units.UnitClosed}, {@link vn.danvan.units.SuccessionRecorded} and
 * {@link vn.danvan.units.UnitsImported}, published in the transaction of the change; each
 * is {@code shared.audit.Audited}, so the audit log writes it. Refusals are the shared
 * kinds ({@link vn.danvan.units.UnitNotFoundException} is a {@code NotFoundException}).
 * Listens to none. The reads behind the facade ({@code UnitRepository}) stay here,
 * package-private.
 * <p>
 * Features (internal): {@code units.tree} (browsing the tree, the administration
 * {@code UnitAdministration} with its forms and repository, the succession pages, the
 * unit API), {@code units.imports} (the file imports {@code UnitImports}: CSV,
 * reorganisation and the official lists {@code OfficialUnitLists}, the demo tree, their
 * pages and API; other modules' tests use them as fixtures), {@code units.rows} (the SQL
 * columns and row mapper of a unit version, shared by the module's repositories).
 * Published views for other modules' SQL: {@code units.unit_version_view} and
 * {@code units.succession_view} (migration V5, {@code docs/units-administration.md}); no
 * other module reads the tables.
 */
@ApplicationModule(allowedDependencies = { "shared" })
package vn.danvan.units;

import org.springframework.modulith.ApplicationModule;
