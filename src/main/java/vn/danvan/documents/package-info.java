/**
 * Documents composed from the other modules: the review report (sơ kết/tổng kết) drafted
 * from reporting's narratives and analytics' figures, issued as DOCX in the Party
 * document format with its XLSX appendix and a PDF, the register of document numbers, and
 * the format profiles. Public API: {@link vn.danvan.documents.ReviewReports},
 * {@link vn.danvan.documents.DocumentRegister},
 * {@link vn.danvan.documents.FormatProfiles}. Publishes no events and listens to none.
 */
package vn.danvan.documents;
