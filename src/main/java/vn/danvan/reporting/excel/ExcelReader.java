package vn.danvan.reporting.excel;

import vn.danvan.reporting.TemplateStructure;
import vn.danvan.reporting.ValueType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded Excel form: refuses what is not an .xlsx, is encrypted, or was edited
 * outside its input cells; then reads the values by cell key and the narratives by
 * section, where the identification sheet says they are.
 */
final class ExcelReader {

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private ExcelReader() {
	}

	/**
	 * @throws ExcelRejectedException when the bytes are not an .xlsx workbook POI can
	 * open
	 */
	static XSSFWorkbook open(byte[] bytes, String fileName) {
		if (startsWith(bytes, OLE2)) {
			// An encrypted .xlsx is an OLE2 container holding the encrypted package; an
			// old .xls is one too.
			try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
				if (container.getRoot().hasEntry("EncryptionInfo")) {
					throw new ExcelRejectedException("reporting.excel.error.encrypted", fileName);
				}
				if (container.getRoot().hasEntry("Workbook") || container.getRoot().hasEntry("Book")) {
					throw new ExcelRejectedException("reporting.excel.error.oldFormat", fileName);
				}
			}
			catch (IOException | RuntimeException ex) {
				if (ex instanceof ExcelRejectedException rejected) {
					throw rejected;
				}
			}
			throw new ExcelRejectedException("reporting.excel.error.notXlsx", fileName);
		}
		try {
			return new XSSFWorkbook(new ByteArrayInputStream(bytes));
		}
		catch (EncryptedDocumentException ex) {
			throw new ExcelRejectedException("reporting.excel.error.encrypted", fileName);
		}
		catch (IOException | RuntimeException ex) {
			throw new ExcelRejectedException("reporting.excel.error.notXlsx", fileName);
		}
	}

	/**
	 * The form's sheet, checked against what it held at download: every label, heading
	 * and formula unchanged, nothing written outside the input cells.
	 * @throws ExcelRejectedException naming the first cell edited outside the input cells
	 */
	static Sheet formSheet(XSSFWorkbook workbook, ExcelMetadata metadata) {
		Sheet sheet = workbook.getSheet(metadata.sheetName());
		if (sheet == null) {
			throw new ExcelRejectedException("reporting.excel.error.editedOutside", metadata.sheetName());
		}
		Set<String> editable = new HashSet<>();
		metadata.cells().values().forEach((r) -> editable.add(ExcelMetadata.reference(r - 1, ExcelWriter.VALUE)));
		metadata.narratives().values().forEach((r) -> editable.add(ExcelMetadata.reference(r - 1, ExcelWriter.NUMBER)));
		for (Row row : sheet) {
			for (Cell cell : row) {
				String reference = ExcelMetadata.reference(cell.getRowIndex(), cell.getColumnIndex());
				if (editable.contains(reference)) {
					continue;
				}
				String content = ExcelMetadata.content(cell);
				if (!content.isEmpty() && !content.equals(metadata.locked().get(reference))) {
					throw new ExcelRejectedException("reporting.excel.error.editedOutside", reference);
				}
			}
		}
		for (Map.Entry<String, String> locked : metadata.locked().entrySet()) {
			CellReference reference = new CellReference(locked.getKey());
			Row row = sheet.getRow(reference.getRow());
			Cell cell = (row != null) ? row.getCell(reference.getCol()) : null;
			if (!locked.getValue().equals(ExcelMetadata.content(cell))) {
				throw new ExcelRejectedException("reporting.excel.error.editedOutside", locked.getKey());
			}
		}
		return sheet;
	}

	/**
	 * The values of the entered cells as the file holds them: numbers as
	 * {@link BigDecimal}, truth values as {@link Boolean}, text as typed, blank as an
	 * empty string; a formula typed in an input cell counts by its result.
	 */
	static Map<String, Object> values(Sheet sheet, ExcelMetadata metadata, TemplateStructure structure) {
		FormulaEvaluator evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
		Map<String, TemplateStructure.Cell> cells = structure.cellsByKey();
		Map<String, Object> values = new LinkedHashMap<>();
		metadata.cells().forEach((key, rowNumber) -> {
			TemplateStructure.Cell templateCell = cells.get(key);
			if (templateCell == null || !templateCell.indicator().valueType().entered()) {
				return;
			}
			Row row = sheet.getRow(rowNumber - 1);
			Object value = value((row != null) ? row.getCell(ExcelWriter.VALUE) : null, evaluator);
			if (templateCell.indicator().valueType() == ValueType.TEXT) {
				value = (value instanceof BigDecimal number) ? number.stripTrailingZeros().toPlainString()
						: lines(String.valueOf(value));
			}
			values.put(key, value);
		});
		return values;
	}

	static Map<Long, String> narratives(Sheet sheet, ExcelMetadata metadata) {
		Map<Long, String> narratives = new LinkedHashMap<>();
		metadata.narratives().forEach((sectionId, rowNumber) -> {
			Row row = sheet.getRow(rowNumber - 1);
			Cell cell = (row != null) ? row.getCell(ExcelWriter.NUMBER) : null;
			Object value = value(cell, null);
			narratives.put(sectionId, (value instanceof BigDecimal number) ? number.stripTrailingZeros().toPlainString()
					: lines(String.valueOf(value)));
		});
		return narratives;
	}

	/**
	 * Line breaks as {@code \n}, without surrounding blanks.
	 */
	static String lines(String text) {
		return text.replace("\r\n", "\n").replace('\r', '\n').strip();
	}

	private static Object value(Cell cell, FormulaEvaluator evaluator) {
		if (cell == null) {
			return "";
		}
		switch (cell.getCellType()) {
			case STRING:
				return cell.getStringCellValue();
			case NUMERIC:
				return BigDecimal.valueOf(cell.getNumericCellValue());
			case BOOLEAN:
				return cell.getBooleanCellValue();
			case ERROR:
				return FormulaError.forInt(cell.getErrorCellValue()).getString();
			case FORMULA:
				return (evaluator != null) ? evaluated(cell, evaluator) : "=" + cell.getCellFormula();
			default:
				return "";
		}
	}

	private static Object evaluated(Cell cell, FormulaEvaluator evaluator) {
		CellValue value;
		try {
			value = evaluator.evaluate(cell);
		}
		catch (RuntimeException ex) {
			return "=" + cell.getCellFormula();
		}
		if (value == null) {
			return "";
		}
		return switch (value.getCellType()) {
			case NUMERIC -> BigDecimal.valueOf(value.getNumberValue());
			case STRING -> value.getStringValue();
			case BOOLEAN -> value.getBooleanValue();
			case ERROR -> FormulaError.forInt(value.getErrorValue()).getString();
			default -> "";
		};
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
