/**
 * Users, their roles and unit scope, sign-in limits and the audit log ("Nhật ký hệ
 * thống"). Public API at the root: the facade {@link vn.danvan.accounts.Accounts}, the
 * signed-in user {@link vn.danvan.accounts.SignedInUser} and the read records
 * {@link vn.danvan.accounts.UserAccount} and {@link vn.danvan.accounts.NewUser},
 * {@link vn.danvan.accounts.UserAdministration} for the users' pages, the reading side of
 * the audit log ({@link vn.danvan.accounts.AuditLog},
 * {@link vn.danvan.accounts.AuditQuery}, {@link vn.danvan.accounts.AuditEntry}) and the
 * sign-in refusals the shell reports. Features: {@code signin} (the limit by address,
 * remembered password checks), {@code users} (pages and API for users, the first
 * administrator), {@code passwords} (policy and change), {@code audit} (the log's page
 * and the one listener writing every {@link vn.danvan.shared.audit.Audited} event to the
 * log in the publisher's transaction). Listens to the units' events
 * ({@code UnitChangesAuditor}) and to every audited event; publishes none.
 */
@ApplicationModule(allowedDependencies = { "units", "shared" })
package vn.danvan.accounts;

import org.springframework.modulith.ApplicationModule;
