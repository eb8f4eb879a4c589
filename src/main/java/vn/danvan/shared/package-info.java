/**
 * Small kernel used by every module: the data directory, the embedded PostgreSQL that
 * Danvan starts when no external database is configured, and time helpers. Publishes no
 * events and listens to none.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.danvan.shared;

import org.springframework.modulith.ApplicationModule;
