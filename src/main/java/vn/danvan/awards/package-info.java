/**
 * Commendations (khen thưởng): decisions of an issuing unit (number, date, form and its
 * level, reason, campaign) and their recipients, collectives and individuals of the
 * issuing unit's subtree, each possibly linked to a practice of the registry. Publishes
 * the measure {@code awards.recipients} for computed report figures and the past-tense
 * events {@code Decision…} (audited by accounts); listens to none.
 */
@ApplicationModule(allowedDependencies = { "units", "shared", "practices", "documents" })
package vn.danvan.awards;

import org.springframework.modulith.ApplicationModule;
