/**
 * The error model shared by every module (ADR 23): {@link DanvanException} and its five
 * kinds. The web layer ({@code vn.danvan.web}) turns them into problem details for the
 * API and error pages for browsers, in Vietnamese first.
 */
package vn.danvan.shared.errors;
