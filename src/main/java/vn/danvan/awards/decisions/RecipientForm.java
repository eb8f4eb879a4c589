package vn.danvan.awards.decisions;

import vn.danvan.awards.RecipientKind;

/**
 * One recipient as entered: a collective ({@code name} empty: the unit itself) or an
 * individual ({@code name} and {@code jobTitle}), the unit, and optionally the practice
 * it is commended for.
 */
record RecipientForm(RecipientKind kind, String name, String jobTitle, Long unitId, Long practiceId) {

}
