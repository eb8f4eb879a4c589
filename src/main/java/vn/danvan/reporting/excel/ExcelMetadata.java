package vn.danvan.reporting.excel;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * The identification of a downloaded Excel form, kept in its very hidden sheet
 * {@value #SHEET}: which submission, period, unit and template version it was made for,
 * the submission's version at download, where each cell and narrative is (by key, so an
 * upload never guesses by position), and the content of every other cell of the form
 * (labels, headings, formulas) so that an edit outside the input cells is found. The
 * whole is signed with the installation's key: a changed identification is refused.
 *
 * @param cells row (1-based) of each entered cell's value, by cell key
 * @param narratives row (1-based) of each narrative, by section id
 * @param locked what every other non-blank cell of the form holds, by reference
 * ({@code B12})
 */
record ExcelMetadata(int format, long submissionId, long periodId, long unitId, long templateVersionId, int version,
		String sheetName, Map<String, Integer> cells, Map<Long, Integer> narratives, Map<String, String> locked) {

	static final String SHEET = "_danvan";

	static final int FORMAT = 1;

	void write(Workbook workbook, String key) {
		Sheet sheet = workbook.createSheet(SHEET);
		StringBuilder signed = new StringBuilder();
		int[] row = { 0 };
		Line line = (name, first, second) -> {
			Row r = sheet.createRow(row[0]++);
			r.createCell(0).setCellValue(name);
			r.createCell(1).setCellValue(first);
			r.createCell(2).setCellValue(second);
			signed.append(name).append('\t').append(first).append('\t').append(second).append('\n');
		};
		line.add("format", String.valueOf(this.format), "");
		line.add("submission", String.valueOf(this.submissionId), "");
		line.add("period", String.valueOf(this.periodId), "");
		line.add("unit", String.valueOf(this.unitId), "");
		line.add("templateVersion", String.valueOf(this.templateVersionId), "");
		line.add("version", String.valueOf(this.version), "");
		line.add("sheet", this.sheetName, "");
		this.cells.forEach((cellKey, r) -> line.add("cell", cellKey, String.valueOf(r)));
		this.narratives.forEach((sectionId, r) -> line.add("narrative", String.valueOf(sectionId), String.valueOf(r)));
		this.locked.forEach((reference, content) -> line.add("locked", reference, content));
		Row signature = sheet.createRow(row[0]);
		signature.createCell(0).setCellValue("signature");
		signature.createCell(1).setCellValue(sign(signed.toString(), key));
		workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
	}

	/**
	 * @throws ExcelRejectedException when the sheet is missing, or its content or
	 * signature was changed
	 */
	static ExcelMetadata read(Workbook workbook, String key) {
		Sheet sheet = workbook.getSheet(SHEET);
		if (sheet == null) {
			throw new ExcelRejectedException("reporting.excel.error.noMetadata");
		}
		try {
			Map<String, String> values = new LinkedHashMap<>();
			Map<String, Integer> cells = new LinkedHashMap<>();
			Map<Long, Integer> narratives = new LinkedHashMap<>();
			Map<String, String> locked = new LinkedHashMap<>();
			StringBuilder signed = new StringBuilder();
			String signature = null;
			for (int i = 0; i <= sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				String name = text(row, 0);
				String first = text(row, 1);
				String second = text(row, 2);
				if (name.equals("signature")) {
					signature = first;
					break;
				}
				signed.append(name).append('\t').append(first).append('\t').append(second).append('\n');
				switch (name) {
					case "cell" -> cells.put(first, Integer.valueOf(second));
					case "narrative" -> narratives.put(Long.valueOf(first), Integer.valueOf(second));
					case "locked" -> locked.put(first, second);
					default -> values.put(name, first);
				}
			}
			if (signature == null || !MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
					sign(signed.toString(), key).getBytes(StandardCharsets.US_ASCII))) {
				throw new ExcelRejectedException("reporting.excel.error.tampered");
			}
			int format = Integer.parseInt(values.get("format"));
			if (format != FORMAT) {
				throw new ExcelRejectedException("reporting.excel.error.tampered");
			}
			return new ExcelMetadata(format, Long.parseLong(values.get("submission")),
					Long.parseLong(values.get("period")), Long.parseLong(values.get("unit")),
					Long.parseLong(values.get("templateVersion")), Integer.parseInt(values.get("version")),
					values.get("sheet"), cells, narratives, locked);
		}
		catch (RuntimeException ex) {
			if (ex instanceof ExcelRejectedException rejected) {
				throw rejected;
			}
			throw new ExcelRejectedException("reporting.excel.error.tampered");
		}
	}

	/**
	 * What a cell holds, as compared between download and upload: its text, its formula
	 * (without spaces, upper case), its number or truth value; empty when blank.
	 */
	static String content(Cell cell) {
		if (cell == null) {
			return "";
		}
		return switch (cell.getCellType()) {
			case STRING -> cell.getStringCellValue();
			case FORMULA ->
				"=" + cell.getCellFormula().replaceAll("\\s+", "").replace("_xlfn.", "").toUpperCase(Locale.ROOT);
			case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
			case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
			default -> "";
		};
	}

	static String reference(int row, int column) {
		return new CellReference(row, column).formatAsString(false);
	}

	private static String text(Row row, int column) {
		if (row == null) {
			return "";
		}
		Cell cell = row.getCell(column);
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() != CellType.STRING) {
			return content(cell);
		}
		return cell.getStringCellValue();
	}

	private static String sign(String text, String key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@FunctionalInterface
	private interface Line {

		void add(String name, String first, String second);

	}

}
