package vn.danvan.reporting;

/**
 * A confirmed Excel upload: the submission after the save and how many cells it changed.
 */
public record ExcelApplied(Submission submission, int cells) {

}
