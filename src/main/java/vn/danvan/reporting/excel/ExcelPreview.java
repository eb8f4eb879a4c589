package vn.danvan.reporting.excel;

import vn.danvan.reporting.submissions.FieldIssue;
import vn.danvan.reporting.Submission;

import java.util.List;
import java.util.UUID;

/**
 * What an uploaded Excel file would change in a submission: one row per cell that
 * differs, with its current value and the file's, and an error beside each value that
 * cannot be kept. {@code uploadId} names the parsed upload waiting for confirmation; it
 * is {@code null} when there is nothing to confirm (errors, or no change). {@code checks}
 * are what would then stand in the way of submitting, or deserve a second look.
 */
public record ExcelPreview(Submission submission, UUID uploadId, List<Row> rows, List<FieldIssue> checks) {

	public boolean confirmable() {
		return this.uploadId != null;
	}

	public long errorCount() {
		return this.rows.stream().filter((row) -> row.error() != null).count();
	}

	public long changeCount() {
		return this.rows.stream().filter((row) -> row.error() == null).count();
	}

	/**
	 * One cell of the preview: its key, how the template names it, where it is in the
	 * file ({@code D12}), the value now and the value in the file.
	 */
	public record Row(String field, String label, String cell, String current, String inFile, FieldIssue error) {
	}

}
