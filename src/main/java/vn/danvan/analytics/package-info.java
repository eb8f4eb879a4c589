/**
 * Roll-up of reported figures over the organisation tree: aggregates kept up to date by
 * deltas for every ancestor, as the tree was and in today's structure; dashboards,
 * comparisons, the map of provinces, rebuild and consistency check. Public API:
 * {@link vn.danvan.analytics.Analytics}, {@link vn.danvan.analytics.Rebuilds},
 * {@link vn.danvan.analytics.BoundaryMaps}. Listens to reporting's submission events and
 * to units' changes.
 */
package vn.danvan.analytics;
