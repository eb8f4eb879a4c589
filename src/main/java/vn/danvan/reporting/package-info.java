/**
 * Periodic reporting: indicators, templates, periods, units' submissions and their
 * review. Public API: {@link vn.danvan.reporting.Catalogue},
 * {@link vn.danvan.reporting.Periods}, {@link vn.danvan.reporting.Submissions}. Publishes
 * {@code SubmissionSubmitted}, {@code SubmissionReturned}, {@code SubmissionApproved},
 * {@code SubmissionReopened}, and listens to them itself to notify reviewers and units
 * ({@link vn.danvan.reporting.Notifications}, {@link vn.danvan.reporting.Reminders}).
 */
package vn.danvan.reporting;
