/**
 * Audit from events (ADR 23): modules publish events that implement {@link Audited};
 * {@code accounts} writes them to the audit log.
 */
package vn.danvan.shared.audit;
