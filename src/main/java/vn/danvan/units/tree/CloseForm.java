package vn.danvan.units.tree;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The close form: the first day the unit no longer exists.
 */
record CloseForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
}
