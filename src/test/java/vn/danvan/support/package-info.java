/**
 * What tests share: the browser-test extension ({@link vn.danvan.support.BrowserTest},
 * {@link vn.danvan.support.BrowserExtension}, {@link vn.danvan.support.BrowserPage}) and
 * the slice configuration of the controller tests ({@link vn.danvan.support.WebSlice}).
 * Every browser test uses these instead of declaring Chromium's lifecycle or its own
 * sign-in, and through them every page it visits is checked with axe-core
 * ({@link vn.danvan.support.AccessibilityCheck}, issue 20).
 */
package vn.danvan.support;
