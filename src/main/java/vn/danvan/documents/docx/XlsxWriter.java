package vn.danvan.documents.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The appendix of a review report alone, as an Excel workbook ready to print and file:
 * one sheet, a title, one header row (repeated on every printed page), per section of
 * figures a heading row and the figures as numbers; indicator names only, their codes in
 * a last, hidden column; A4 landscape fitted to the page width; whole numbers shown as
 * "80.249" (no decimal separator after them), decimals to their places.
 */
public final class XlsxWriter {

	/**
	 * The hidden column holding each figure's code (what an import would read).
	 */
	public static final int CODE_COLUMN = 9;

	static final String[] FIXED = { "TT", "Chỉ tiêu", "Đơn vị tính" };

	private XlsxWriter() {
	}

	public static byte[] write(ReportDocument report) {
		ReportDocument.Appendix appendix = report.appendix();
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = book.createSheet("Phụ lục số liệu");
			Font boldFont = book.createFont();
			boldFont.setBold(true);
			boldFont.setFontName(report.profile().effectiveFont());
			Font plainFont = book.createFont();
			plainFont.setFontName(report.profile().effectiveFont());
			CellStyle bold = book.createCellStyle();
			bold.setFont(boldFont);
			bold.setWrapText(true);
			CellStyle text = book.createCellStyle();
			text.setFont(plainFont);
			text.setWrapText(true);
			DataFormat formats = book.createDataFormat();
			CellStyle[] numbers = new CellStyle[3];
			String[] patterns = { "#,##0", "#,##0.0", "#,##0.00" };
			for (int d = 0; d < numbers.length; d++) {
				numbers[d] = book.createCellStyle();
				numbers[d].setFont(plainFont);
				numbers[d].setDataFormat(formats.getFormat(patterns[d]));
			}
			int r = 0;
			cell(sheet.createRow(r++), 0, appendix.title(), bold);
			cell(sheet.createRow(r++), 0, appendix.subtitle(), text);
			cell(sheet.createRow(r++), 0, report.issuing() + " – " + report.numberText(), text);
			if (!appendix.note().isEmpty()) {
				cell(sheet.createRow(r++), 0, appendix.note(), text);
			}
			r++;
			int headerRow = r;
			Row head = sheet.createRow(r++);
			String[] names = { FIXED[0], FIXED[1], FIXED[2], appendix.valueColumn(), appendix.compareColumn(),
					"Kỳ này, cùng đơn vị", "Kỳ so sánh, cùng đơn vị", "Tăng (+), giảm (-)", "Tăng, giảm (%)", "Mã" };
			for (int c = 0; c < names.length; c++) {
				cell(head, c, names[c], bold);
			}
			for (ReportDocument.Table table : appendix.tables()) {
				Row heading = sheet.createRow(r++);
				cell(heading, 1, table.heading(), bold);
				int n = 1;
				for (ReportDocument.Row figure : table.rows()) {
					Row row = sheet.createRow(r++);
					row.createCell(0).setCellValue(n++);
					cell(row, 1, figure.label(), text);
					cell(row, 2, figure.unit(), text);
					CellStyle style = numbers[Math.min(2, Math.max(0, figure.decimals()))];
					number(row, 3, figure.value(), style, numbers);
					number(row, 4, figure.compared(), style, numbers);
					number(row, 5, figure.likeNow(), style, numbers);
					number(row, 6, figure.likeBefore(), style, numbers);
					number(row, 7, figure.change(), style, numbers);
					number(row, 8, figure.percent(), numbers[1], numbers);
					row.createCell(CODE_COLUMN).setCellValue(figure.key());
				}
			}
			sheet.setColumnWidth(0, 5 * 256);
			sheet.setColumnWidth(1, 60 * 256);
			sheet.setColumnWidth(2, 14 * 256);
			for (int c = 3; c <= 8; c++) {
				sheet.setColumnWidth(c, 15 * 256);
			}
			sheet.setColumnWidth(CODE_COLUMN, 22 * 256);
			sheet.setColumnHidden(CODE_COLUMN, true);
			sheet.createFreezePane(0, headerRow + 1);
			sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
			PrintSetup print = sheet.getPrintSetup();
			print.setPaperSize(PrintSetup.A4_PAPERSIZE);
			print.setLandscape(true);
			sheet.setFitToPage(true);
			print.setFitWidth((short) 1);
			print.setFitHeight((short) 0);
			sheet.setAutobreaks(true);
			book.setPrintArea(0, 0, CODE_COLUMN - 1, 0, Math.max(0, r - 1));
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void cell(Row row, int column, String value, CellStyle style) {
		row.createCell(column).setCellValue(value);
		row.getCell(column).setCellStyle(style);
	}

	/**
	 * A number with the row's places, or none when it is a whole number (no separator
	 * after "80.249").
	 */
	private static void number(Row row, int column, BigDecimal value, CellStyle style, CellStyle[] numbers) {
		if (value != null) {
			row.createCell(column).setCellValue(value.doubleValue());
			BigDecimal plain = value.stripTrailingZeros();
			row.getCell(column).setCellStyle((plain.scale() <= 0) ? numbers[0] : style);
		}
	}

}
