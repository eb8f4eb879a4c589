package vn.danvan.reporting.excel;

import vn.danvan.reporting.Submission;

/**
 * A confirmed Excel upload: the submission after the save and how many cells it changed.
 */
public record ExcelApplied(Submission submission, int cells) {

}
