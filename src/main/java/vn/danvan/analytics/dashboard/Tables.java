package vn.danvan.analytics.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.danvan.shared.errors.InvalidRequestException;

/**
 * A table of figures as an Excel workbook (numbers as numbers) or as CSV (UTF-8 with a
 * byte-order mark so that Excel reads the diacritics; numbers with a dot, as machines
 * read them).
 */
final class Tables {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private Tables() {
	}

	static ResponseEntity<byte[]> answer(String format, String name, String title, List<String> header,
			List<List<Object>> rows) {
		return answer(format, name, title, header, rows, -1);
	}

	/**
	 * @param hiddenColumn a column kept for machines (the cell keys an import reads),
	 * hidden in the workbook; -1 for none
	 */
	static ResponseEntity<byte[]> answer(String format, String name, String title, List<String> header,
			List<List<Object>> rows, int hiddenColumn) {
		byte[] body;
		MediaType type;
		String extension;
		if ("csv".equals(format)) {
			body = csv(header, rows);
			type = CSV;
			extension = ".csv";
		}
		else if ("xlsx".equals(format)) {
			body = xlsx(title, header, rows, hiddenColumn);
			type = XLSX;
			extension = ".xlsx";
		}
		else {
			throw new InvalidRequestException("format", "analytics.error.format", format);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(name + extension, StandardCharsets.UTF_8)
						.build()
						.toString())
			.contentType(type)
			.body(body);
	}

	/**
	 * A text that a spreadsheet would read as a formula (it starts with {@code =},
	 * {@code +}, {@code -}, {@code @}, a tab or a carriage return: a unit named
	 * {@code =HYPERLINK(…)}) is written with a leading apostrophe, so it stays text.
	 * Numbers are written as they are.
	 */
	static String neutralised(String text) {
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	static byte[] csv(List<String> header, List<List<Object>> rows) {
		StringBuilder out = new StringBuilder("\uFEFF");
		line(out, header);
		for (List<Object> row : rows) {
			line(out, row);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder out, List<?> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			Object cell = cells.get(i);
			String text = (cell == null) ? "" : (cell instanceof BigDecimal number) ? number.toPlainString()
					: (cell instanceof Number) ? cell.toString() : neutralised(cell.toString());
			if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
				text = "\"" + text.replace("\"", "\"\"") + "\"";
			}
			out.append(text);
		}
		out.append("\r\n");
	}

	/**
	 * A file name a person reads, without diacritics:
	 * "So-lieu-Quang-Ngai-So-ket-6-thang-dau-nam-2026".
	 */
	static String fileName(String... parts) {
		String text = String.join(" ", parts);
		String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('Đ', 'D')
			.replace('đ', 'd')
			.replaceAll("[^A-Za-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		return plain.isEmpty() ? "so-lieu" : plain;
	}

	static byte[] xlsx(String title, List<String> header, List<List<Object>> rows) {
		return xlsx(title, header, rows, -1);
	}

	/**
	 * The workbook: whole numbers as "#,##0" (no separator after "80.249"), decimals to
	 * their places; A4 landscape fitted to the page width, the header row repeated on
	 * every printed page.
	 */
	static byte[] xlsx(String title, List<String> header, List<List<Object>> rows, int hiddenColumn) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Số liệu");
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle heading = workbook.createCellStyle();
			heading.setFont(bold);
			CellStyle whole = workbook.createCellStyle();
			whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			CellStyle oneDecimal = workbook.createCellStyle();
			oneDecimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0"));
			CellStyle number = workbook.createCellStyle();
			number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
			Cell titleCell = sheet.createRow(0).createCell(0);
			titleCell.setCellValue(title);
			titleCell.setCellStyle(heading);
			Row head = sheet.createRow(2);
			for (int i = 0; i < header.size(); i++) {
				Cell cell = head.createCell(i);
				cell.setCellValue(header.get(i));
				cell.setCellStyle(heading);
			}
			int r = 3;
			for (List<Object> values : rows) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < values.size(); i++) {
					Object value = values.get(i);
					if (value == null) {
						continue;
					}
					Cell cell = row.createCell(i);
					if (value instanceof BigDecimal decimal) {
						cell.setCellValue(decimal.doubleValue());
						int scale = decimal.stripTrailingZeros().scale();
						cell.setCellStyle((scale <= 0) ? whole : (scale == 1) ? oneDecimal : number);
					}
					else if (value instanceof Number n) {
						cell.setCellValue(n.doubleValue());
					}
					else {
						cell.setCellValue(value.toString());
					}
				}
			}
			sheet.createFreezePane(0, 3);
			for (int i = 0; i < header.size(); i++) {
				sheet.setColumnWidth(i, (i == 0 || i == 1) ? 12000 : 4000);
			}
			if (hiddenColumn >= 0) {
				sheet.setColumnHidden(hiddenColumn, true);
			}
			sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(2, 2, -1, -1));
			org.apache.poi.ss.usermodel.PrintSetup print = sheet.getPrintSetup();
			print.setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
			print.setLandscape(true);
			sheet.setFitToPage(true);
			print.setFitWidth((short) 1);
			print.setFitHeight((short) 0);
			sheet.setAutobreaks(true);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
