/**
 * The application shell: security configuration, layout and navigation, home and sign-in
 * pages, language choice, error pages and RFC 9457 problem details for the API. Owns the
 * HTTP session tables. Publishes and listens to no events.
 */
package vn.danvan.web;
