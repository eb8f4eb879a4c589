package vn.danvan.reporting.excel;

/**
 * A downloaded Excel form: its file name and content.
 */
public record ExcelFile(String fileName, byte[] content) {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

}
