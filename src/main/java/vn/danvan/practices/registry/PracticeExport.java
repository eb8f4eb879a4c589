package vn.danvan.practices.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;

import vn.danvan.practices.Practice;
import vn.danvan.shared.time.VietnamTime;

/**
 * The filtered list as an XLSX workbook: one row per practice, the lists' names in place
 * of their codes.
 */
final class PracticeExport {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private PracticeExport() {
	}

	static byte[] write(List<Practice> practices, Map<Long, String> unitNames, Map<String, String> optionNames,
			MessageSource messages, Locale locale) {
		Function<String, String> m = (key) -> messages.getMessage(key, null, key, locale);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(m.apply("practices.export.sheet"));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			String[] headers = { "practices.export.no", "practices.field.name", "practices.field.kind",
					"practices.field.subject", "practices.field.owner", "practices.field.fields",
					"practices.field.targetGroups", "practices.field.registeredOn", "practices.field.status",
					"practices.field.effective", "practices.field.level", "practices.field.recognisedOn",
					"practices.field.moneyMobilised", "practices.field.workDays", "practices.field.householdsHelped",
					"practices.field.roadKm", "practices.field.results" };
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.length; i++) {
				header.createCell(i).setCellValue(m.apply(headers[i]));
				header.getCell(i).setCellStyle(bold);
			}
			int r = 1;
			for (Practice p : practices) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(r);
				row.createCell(1).setCellValue(p.name());
				row.createCell(2).setCellValue(m.apply(p.kind().messageKey()));
				row.createCell(3).setCellValue(m.apply(p.subject().messageKey()));
				row.createCell(4).setCellValue(unitNames.getOrDefault(p.ownerUnitId(), ""));
				row.createCell(5).setCellValue(names(p.fields(), optionNames));
				row.createCell(6).setCellValue(names(p.targetGroups(), optionNames));
				row.createCell(7).setCellValue(VietnamTime.DATE.format(p.registeredOn()));
				row.createCell(8).setCellValue(m.apply(p.status().messageKey()));
				row.createCell(9)
					.setCellValue((p.effective() == null) ? ""
							: m.apply(p.effective() ? "practices.effective.yes" : "practices.effective.no"));
				row.createCell(10).setCellValue((p.level() != null) ? m.apply(p.level().messageKey()) : "");
				row.createCell(11)
					.setCellValue((p.recognisedOn() != null) ? VietnamTime.DATE.format(p.recognisedOn()) : "");
				if (p.moneyMobilised() != null) {
					row.createCell(12).setCellValue(p.moneyMobilised().doubleValue());
				}
				if (p.workDays() != null) {
					row.createCell(13).setCellValue(p.workDays());
				}
				if (p.householdsHelped() != null) {
					row.createCell(14).setCellValue(p.householdsHelped());
				}
				if (p.roadKm() != null) {
					row.createCell(15).setCellValue(p.roadKm().doubleValue());
				}
				row.createCell(16).setCellValue(p.results());
				r++;
			}
			int[] widths = { 6, 50, 12, 12, 36, 36, 30, 14, 16, 12, 16, 14, 16, 12, 14, 12, 60 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String names(List<String> codes, Map<String, String> optionNames) {
		return String.join("; ", codes.stream().map((c) -> optionNames.getOrDefault(c, c)).toList());
	}

}
