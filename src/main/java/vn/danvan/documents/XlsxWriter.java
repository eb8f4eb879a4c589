package vn.danvan.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The appendix of a review report alone, as an Excel workbook: one sheet, a title, and
 * per table its heading, a header row and the figures as numbers.
 */
final class XlsxWriter {

	private XlsxWriter() {
	}

	static byte[] write(ReportDocument report) {
		ReportDocument.Appendix appendix = report.appendix();
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = book.createSheet("Phụ lục số liệu");
			Font boldFont = book.createFont();
			boldFont.setBold(true);
			boldFont.setFontName(report.profile().effectiveFont());
			CellStyle bold = book.createCellStyle();
			bold.setFont(boldFont);
			CellStyle number = book.createCellStyle();
			number.setDataFormat(book.createDataFormat().getFormat("#,##0.##"));
			int r = 0;
			sheet.createRow(r++).createCell(0).setCellValue(appendix.title());
			sheet.getRow(0).getCell(0).setCellStyle(bold);
			sheet.createRow(r++).createCell(0).setCellValue(appendix.subtitle());
			sheet.createRow(r++).createCell(0).setCellValue(report.issuing() + " – " + report.numberText());
			for (ReportDocument.Table table : appendix.tables()) {
				r++;
				Row heading = sheet.createRow(r++);
				heading.createCell(0).setCellValue(table.heading());
				heading.getCell(0).setCellStyle(bold);
				Row head = sheet.createRow(r++);
				String[] names = { "TT", "Mã", "Chỉ tiêu", "Đơn vị tính", appendix.valueColumn(),
						appendix.compareColumn(), "Tăng (+), giảm (-)" };
				for (int c = 0; c < names.length; c++) {
					head.createCell(c).setCellValue(names[c]);
					head.getCell(c).setCellStyle(bold);
				}
				int n = 1;
				for (ReportDocument.Row figure : table.rows()) {
					Row row = sheet.createRow(r++);
					row.createCell(0).setCellValue(n++);
					row.createCell(1).setCellValue(figure.key());
					row.createCell(2).setCellValue(figure.label());
					row.createCell(3).setCellValue(figure.unit());
					number(row, 4, figure.value(), number);
					number(row, 5, figure.compared(), number);
					number(row, 6, figure.change(), number);
				}
			}
			sheet.setColumnWidth(0, 5 * 256);
			sheet.setColumnWidth(1, 22 * 256);
			sheet.setColumnWidth(2, 70 * 256);
			sheet.setColumnWidth(3, 14 * 256);
			for (int c = 4; c <= 6; c++) {
				sheet.setColumnWidth(c, 16 * 256);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void number(Row row, int column, BigDecimal value, CellStyle style) {
		if (value != null) {
			row.createCell(column).setCellValue(value.doubleValue());
			row.getCell(column).setCellStyle(style);
		}
	}

}
