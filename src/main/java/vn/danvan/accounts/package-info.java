/**
 * Users, their roles and unit scope, sign-in limits and the audit log ("Nhật ký hệ
 * thống"). Public API: {@link vn.danvan.accounts.Accounts},
 * {@link vn.danvan.accounts.AuditLog}, {@link vn.danvan.accounts.SignedInUser}. Publishes
 * no events yet; listens to none.
 */
package vn.danvan.accounts;
