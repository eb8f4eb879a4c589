/**
 * Documents composed from the other modules: the review report (sơ kết/tổng kết) drafted
 * from reporting's narratives and analytics' figures, issued as DOCX in the Party
 * document format with its XLSX appendix and a PDF, the register of document numbers, and
 * the format profiles. Root: the read records of a draft and an issued document, the
 * issuing request and checks, and the module's exceptions; no other module calls it.
 * Features: {@code reviews} ({@code ReviewReports}, the register, their pages and API),
 * {@code profiles} (the format profile and its page), {@code docx} (DOCX, XLSX, PDF
 * writers and header lines), {@code sentences} (the figure sentences of a report). Uses
 * {@code units}, {@code accounts} (signed-in user, audit log), {@code reporting}
 * (periods, narratives, who may compose) and {@code analytics} (figures). Publishes no
 * events and listens to none.
 */
@ApplicationModule(allowedDependencies = { "units", "accounts", "reporting", "analytics", "shared" })
package vn.danvan.documents;

import org.springframework.modulith.ApplicationModule;
