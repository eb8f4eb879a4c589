/**
 * Directive tracking: the register of directives, what each requires of which units and
 * what every unit has done, and recognition of directive references in any text. Public
 * API: {@link vn.danvan.directives.Directives}. Publishes no events and listens to none.
 */
package vn.danvan.directives;
