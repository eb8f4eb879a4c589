/**
 * Periodic reporting: indicators, templates, periods, units' submissions and their
 * review. Public API: {@link vn.danvan.reporting.Catalogue},
 * {@link vn.danvan.reporting.Periods}, {@link vn.danvan.reporting.Submissions}. Publishes
 * {@code SubmissionSubmitted}, {@code SubmissionReturned}, {@code SubmissionApproved},
 * {@code SubmissionReopened}; listens to none.
 */
package vn.danvan.reporting;
