/**
 * "Dân vận khéo" models and exemplary persons: their registration, yearly evaluation by
 * the level above, recognition, replication or end. Publishes the measures
 * {@code practices.*} for computed report figures and the past-tense events
 * {@code Practice…}, each saying its audit line ({@link vn.danvan.shared.audit.Audited},
 * written by the audit's listener in accounts); listens to none.
 */
@ApplicationModule(allowedDependencies = { "units", "shared" })
package vn.danvan.practices;

import org.springframework.modulith.ApplicationModule;
