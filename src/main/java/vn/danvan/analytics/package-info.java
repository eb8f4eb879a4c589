/**
 * Roll-up of reported figures over the organisation tree: sums kept up to date by deltas
 * for every ancestor, as the tree was and in today's structure; dashboards, comparisons,
 * the map of provinces, rebuild and consistency check.
 * <p>
 * API (this package): the facade {@link vn.danvan.analytics.Analytics} with its read
 * records ({@link vn.danvan.analytics.Dashboard}, {@link vn.danvan.analytics.Figure},
 * {@link vn.danvan.analytics.Coverage}, …, {@link vn.danvan.analytics.View},
 * {@link vn.danvan.analytics.Inclusion}) and {@link vn.danvan.analytics.Rebuilds}.
 * Refusals are the shared kinds ({@link vn.danvan.analytics.AnalyticsException} is a
 * {@code NotFoundException}). Listens to reporting's submission events (deltas, ADR 18)
 * and to units' typed events ({@code UnitCreated} extends the maps; a changed, closed or
 * succeeded unit drops them). Reads other modules' data only through their published
 * views ({@code reporting.report_state}, {@code reporting.reported_value},
 * {@code units.unit_version_view}, {@code units.succession_view}).
 * <p>
 * Features (internal): {@code analytics.dashboard} (dashboard, figure and comparison
 * pages, tables, the aggregates API), {@code analytics.maps} (boundary maps, province
 * tiles and their page), {@code analytics.rollup} (the rebuild administration page). The
 * roll-up itself ({@code Rollup}, its repositories) stays in this package beside the
 * facade that reads it, package-private.
 */
@ApplicationModule(allowedDependencies = { "units", "reporting", "accounts", "shared" })
package vn.danvan.analytics;

import org.springframework.modulith.ApplicationModule;
