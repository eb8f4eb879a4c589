package vn.danvan.reporting.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens, fills and re-saves downloaded Excel forms the way a person with Excel would:
 * cells found by key through the identification sheet.
 */
public final class ExcelTestFiles {

	public static final String SHEET = "Báo cáo";

	private ExcelTestFiles() {
	}

	public static XSSFWorkbook open(byte[] bytes) {
		try {
			return new XSSFWorkbook(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The identification sheet's lines: name → first value (the last one for repeated
	 * names), and {@code cell:KEY} / {@code narrative:ID} → row number.
	 */
	public static Map<String, String> metadata(XSSFWorkbook workbook) {
		Map<String, String> lines = new LinkedHashMap<>();
		for (Row row : workbook.getSheet("_danvan")) {
			String name = row.getCell(0).getStringCellValue();
			String first = (row.getCell(1) != null) ? row.getCell(1).getStringCellValue() : "";
			String second = (row.getCell(2) != null) ? row.getCell(2).getStringCellValue() : "";
			if (name.equals("cell") || name.equals("narrative")) {
				lines.put(name + ":" + first, second);
			}
			else if (!name.equals("locked")) {
				lines.put(name, first);
			}
		}
		return lines;
	}

	/**
	 * The 0-based index of the row holding a cell key's value.
	 */
	public static int row(XSSFWorkbook workbook, String key) {
		return Integer.parseInt(metadata(workbook).get("cell:" + key)) - 1;
	}

	public static int narrativeRow(XSSFWorkbook workbook, long sectionId) {
		return Integer.parseInt(metadata(workbook).get("narrative:" + sectionId)) - 1;
	}

	/**
	 * The file with these cells set: numbers as numbers, strings as typed text,
	 * {@code null} blank; keys {@code section-ID} are narratives.
	 */
	public static byte[] fill(byte[] bytes, Map<String, ?> values) {
		try (XSSFWorkbook workbook = open(bytes)) {
			Sheet sheet = workbook.getSheet(SHEET);
			values.forEach((key, value) -> {
				Cell cell;
				if (key.startsWith("section-")) {
					cell = sheet.getRow(narrativeRow(workbook, Long.parseLong(key.substring("section-".length()))))
						.getCell(0);
				}
				else {
					Row row = sheet.getRow(row(workbook, key));
					cell = (row.getCell(3) != null) ? row.getCell(3) : row.createCell(3);
				}
				if (value == null) {
					cell.setBlank();
				}
				else if (value instanceof Number number) {
					cell.setCellValue(new BigDecimal(number.toString()).doubleValue());
				}
				else {
					cell.setCellValue(value.toString());
				}
			});
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] bytes(XSSFWorkbook workbook) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The file encrypted with a password to open, as Excel does (agile encryption).
	 */
	public static byte[] encrypt(byte[] bytes, String password) {
		try (POIFSFileSystem container = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword(password);
			try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
					OutputStream out = encryptor.getDataStream(container)) {
				pkg.save(out);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			container.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (IOException | GeneralSecurityException | org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
