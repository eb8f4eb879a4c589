/**
 * Periodic reporting: indicators, templates, periods, units' submissions and their
 * review. The root is the API other modules use: the facades
 * {@link vn.danvan.reporting.Catalogue}, {@link vn.danvan.reporting.Periods} and
 * {@link vn.danvan.reporting.Submissions}, their read records and enums, the past-tense
 * events {@code SubmissionSubmitted}, {@code SubmissionReturned},
 * {@code SubmissionApproved}, {@code SubmissionReopened}, and {@code Permissions} (which
 * documents asks who may compose). The features live in sub-packages with their
 * controllers: {@code catalogue} (indicators, breakdowns, rules, templates; the
 * definitions a catalogue is loaded from and the template record), {@code periods} (the
 * request that opens a period), {@code submissions} (report form, validation, review; the
 * read records of a report's content, revisions, transitions, issues and preview, which
 * only reporting reads), {@code excel} (download and upload of a report),
 * {@code reminders} (reminders, in-app notifications and mails, also on the submission
 * events), {@code computed} (figures filled by the system from other modules' measures)
 * and {@code demo} (the demo catalogue and figures). The root's repositories stay
 * package-private beside their facades.
 */
@ApplicationModule(allowedDependencies = { "units", "accounts", "shared" })
package vn.danvan.reporting;

import org.springframework.modulith.ApplicationModule;
