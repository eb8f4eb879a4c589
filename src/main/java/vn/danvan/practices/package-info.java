/**
 * "Dân vận khéo" models and exemplary persons: their registration, yearly evaluation by
 * the level above, recognition, replication or end. Publishes the measures
 * {@code practices.*} for computed report figures and the past-tense events
 * {@code Practice…} (audited by accounts); listens to none.
 */
@ApplicationModule(allowedDependencies = { "units", "shared" })
package vn.danvan.practices;

import org.springframework.modulith.ApplicationModule;
