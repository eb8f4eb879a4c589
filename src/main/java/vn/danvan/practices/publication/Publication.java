package vn.danvan.practices.publication;

import java.time.LocalDate;

/**
 * A practice marked "công bố" for the public portal: when, by whom, with what note.
 */
public record Publication(long practiceId, LocalDate publishedOn, String publishedBy, String note) {

}
