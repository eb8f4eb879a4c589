package vn.danvan.shared.audit;

/**
 * A module's past-tense event that is also a line of the audit log. The module publishes
 * the event (with {@code ApplicationEventPublisher}) inside the transaction of its
 * change; one listener of the audit log's owner writes the line synchronously, in the
 * same transaction: a change and its line commit or roll back together, and no module
 * depends on the audit log (ADR 23).
 */
public interface Audited {

	AuditEntry audit();

}
