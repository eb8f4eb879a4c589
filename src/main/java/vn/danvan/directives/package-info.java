/**
 * Directive tracking: the register of directives, what each requires of which units and
 * what every unit has done, and recognition of directive references in any text. Root
 * (API): the facades {@link vn.danvan.directives.Directives} and
 * {@link vn.danvan.directives.DirectiveActions} (the web shell shows a unit's
 * {@link vn.danvan.directives.UnitTask}s), the mention register
 * {@link vn.danvan.directives.DirectiveMentions}, the starting catalogue, and their read
 * records and forms. Features: {@code register} (search, forms, attachments, the pages
 * and the API), {@code actions} (the schedule, the matrix of units, their page),
 * {@code recognition} (finding and resolving references in a text, by number or by a
 * registered name or alias, local documents within the text's chain of units; their
 * pages). Uses {@code units} (scope of the signed-in user) and {@code accounts} (audit
 * log). Publishes no events and listens to none.
 */
@ApplicationModule(allowedDependencies = { "units", "accounts", "shared" })
package vn.danvan.directives;

import org.springframework.modulith.ApplicationModule;
