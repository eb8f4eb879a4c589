/**
 * The error model shared by every module (ADR 23): {@link DanvanException} and its five
 * kinds. The web layer ({@code vn.danvan.web}) turns them into problem details for the
 * API and error pages for browsers, in Vietnamese first. {@link RefusalStatus} is the one
 * mapping of a kind to its status (for the web layer); a property that is a
 * {@link SaidInLanguage} is said in the reader's language.
 */
package vn.danvan.shared.errors;
