/**
 * The application shell: security configuration, layout and navigation, home and sign-in
 * pages, language choice, error pages, the one answer to every refusal
 * ({@link vn.danvan.web.Refusals}: RFC 9457 problem details for the API, error pages
 * elsewhere). Owns the HTTP session tables. Reads the home page's figures from accounts,
 * reporting, directives and units. Publishes and listens to no events.
 */
@ApplicationModule(allowedDependencies = { "accounts", "reporting", "directives", "units", "shared" })
package vn.danvan.web;

import org.springframework.modulith.ApplicationModule;
