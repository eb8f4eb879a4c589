package vn.danvan.reporting.excel;

import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Indicator;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.Section;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.submissions.SubmissionContent;
import vn.danvan.reporting.TemplateStructure;
import vn.danvan.reporting.ValueType;
import vn.danvan.reporting.submissions.SubmissionValidator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.danvan.shared.text.VietnameseNumbers;

/**
 * Writes a submission as a protected Excel form: the report's heading, then its sections
 * in order, each table of indicators with one row per cell (breakdown items indented
 * under their total), percentages and totals as formulas, narratives in a wide cell. Only
 * the value and narrative cells are unlocked; the identification sheet goes with it.
 */
final class ExcelWriter {

	static final int NUMBER = 0;

	static final int LABEL = 1;

	static final int UNIT = 2;

	static final int VALUE = 3;

	/** The most an Excel cell holds. */
	static final int CELL_LIMIT = 32_767;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final byte[] INPUT_FILL = { (byte) 0xFF, (byte) 0xF8, (byte) 0xDC };

	private static final byte[] HEADER_FILL = { (byte) 0xE7, (byte) 0xEB, (byte) 0xF0 };

	private final ExcelForm form;

	private final Texts texts;

	private final XSSFWorkbook workbook = new XSSFWorkbook();

	private final XSSFSheet sheet;

	private final XSSFDataValidationHelper validations;

	private final Map<String, CellStyle> styles = new HashMap<>();

	private final Map<String, Integer> cellRows = new LinkedHashMap<>();

	private final Map<Long, Integer> narrativeRows = new LinkedHashMap<>();

	private final Set<String> editable = new HashSet<>();

	private final Map<Long, Integer> valueRows = new HashMap<>();

	private final List<Cell> percentages = new ArrayList<>();

	private final List<Indicator> percentageIndicators = new ArrayList<>();

	private int next;

	private ExcelWriter(ExcelForm form, Texts texts) {
		this.form = form;
		this.texts = texts;
		this.sheet = this.workbook.createSheet(texts.get("reporting.excel.sheet"));
		this.validations = new XSSFDataValidationHelper(this.sheet);
	}

	/**
	 * The form as the bytes of an .xlsx file.
	 */
	static byte[] write(ExcelForm form, Texts texts, String protectionPassword, String signingKey) {
		ExcelWriter writer = new ExcelWriter(form, texts);
		try (XSSFWorkbook workbook = writer.workbook) {
			writer.heading();
			for (Section section : form.structure().sections()) {
				writer.section(section);
			}
			writer.formulas();
			writer.layout(protectionPassword);
			writer.metadata().write(workbook, signingKey);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void heading() {
		Period period = this.form.period();
		wide(this.form.structure().template().name(), style("title"), 24);
		wide(this.texts.get("reporting.excel.unit", this.form.unitName()), style("info"), 0);
		wide(this.texts.get("reporting.excel.period", period.name()), style("info"), 0);
		wide(this.texts.get("reporting.excel.window", DATE.format(period.windowFrom()), DATE.format(period.windowTo())),
				style("info"), 0);
		wide(this.texts.get("reporting.excel.deadline", DATE.format(period.deadline())), style("info"), 0);
		wide(this.texts.get("reporting.excel.instructions"), style("note"), 32);
		this.next++;
	}

	private void section(Section section) {
		wide(section.heading(), style((section.depth() == 0) ? "part" : "heading"), 0);
		if (section.narrative()) {
			if (!section.guidance().isBlank()) {
				wide(section.guidance(), style("note"), height(section.guidance(), 110, 1));
			}
			narrative(section);
		}
		if (section.hasTable()) {
			table(section);
		}
	}

	private void narrative(Section section) {
		String body = this.form.content().narratives().getOrDefault(section.id(), "");
		if (body.length() > CELL_LIMIT - 100) {
			wide(this.texts.get("reporting.excel.narrativeTooLong"), style("note"), 0);
			return;
		}
		int row = this.next;
		wide(body, style("narrative"), height(body, 110, 5));
		this.narrativeRows.put(section.id(), row + 1);
		this.editable.add(ExcelMetadata.reference(row, NUMBER));
	}

	private void table(Section section) {
		Row header = this.sheet.createRow(this.next++);
		String[] titles = { "reporting.excel.col.number", "reporting.excel.col.indicator", "reporting.excel.col.unit",
				"reporting.excel.col.value" };
		for (int c = 0; c < titles.length; c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(this.texts.get(titles[c]));
			cell.setCellStyle(style("header"));
		}
		int number = 1;
		TemplateStructure structure = this.form.structure();
		for (Long indicatorId : section.indicatorIds()) {
			Indicator indicator = structure.indicator(indicatorId);
			List<TemplateStructure.Item> items = structure.items(indicator);
			Row row = labelRow(String.valueOf(number++), indicator.name(), unitOf(indicator), false);
			this.valueRows.put(indicator.id(), row.getRowNum());
			if (items.isEmpty()) {
				value(row, indicator, TemplateStructure.key(indicator, ""));
				continue;
			}
			Cell total = row.createCell(VALUE);
			int first = this.next;
			for (TemplateStructure.Item item : items) {
				Row itemRow = labelRow("", item.name(), unitOf(indicator), true);
				value(itemRow, indicator, TemplateStructure.key(indicator, item.code()));
			}
			if (indicator.valueType().numeric()) {
				String range = ExcelMetadata.reference(first, VALUE) + ":"
						+ ExcelMetadata.reference(this.next - 1, VALUE);
				total.setCellFormula("IF(COUNT(" + range + ")=0,\"\",SUM(" + range + "))");
				total.setCellStyle(style((indicator.valueType() == ValueType.INTEGER) ? "totalWhole" : "totalDecimal"));
			}
			else {
				total.setCellStyle(style("label"));
			}
		}
	}

	private Row labelRow(String number, String label, String unit, boolean item) {
		Row row = this.sheet.createRow(this.next++);
		Cell numberCell = row.createCell(NUMBER);
		numberCell.setCellValue(number);
		numberCell.setCellStyle(style("number"));
		Cell labelCell = row.createCell(LABEL);
		labelCell.setCellValue(label);
		labelCell.setCellStyle(style(item ? "item" : "label"));
		Cell unitCell = row.createCell(UNIT);
		unitCell.setCellValue(unit);
		unitCell.setCellStyle(style("unit"));
		if (label.length() > 70) {
			row.setHeightInPoints(height(label, 70, 1));
		}
		return row;
	}

	private void value(Row row, Indicator indicator, String key) {
		Cell cell = row.createCell(VALUE);
		ValueType type = indicator.valueType();
		if (type == ValueType.PERCENTAGE) {
			cell.setCellStyle(style("percentage"));
			this.percentages.add(cell);
			this.percentageIndicators.add(indicator);
			return;
		}
		this.cellRows.put(key, row.getRowNum() + 1);
		this.editable.add(ExcelMetadata.reference(row.getRowNum(), VALUE));
		BigDecimal number = this.form.content().numbers().get(key);
		String text = this.form.content().texts().get(key);
		CellRangeAddressList where = new CellRangeAddressList(row.getRowNum(), row.getRowNum(), VALUE, VALUE);
		DataValidation validation;
		switch (type) {
			case INTEGER, DECIMAL -> {
				cell.setCellStyle(style((type == ValueType.INTEGER) ? "whole" : "decimal"));
				if (number != null) {
					cell.setCellValue(number.doubleValue());
				}
				BigDecimal min = (indicator.minValue() != null) ? indicator.minValue() : Catalogue.LARGEST.negate();
				BigDecimal max = (indicator.maxValue() != null) ? indicator.maxValue() : Catalogue.LARGEST;
				DataValidationConstraint constraint = (type == ValueType.INTEGER)
						? this.validations.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
								min.toPlainString(), max.toPlainString())
						: this.validations.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
								min.toPlainString(), max.toPlainString());
				validation = this.validations.createValidation(constraint, where);
				validation.createErrorBox(this.texts.get("reporting.excel.validation.title"),
						this.texts.get(
								(type == ValueType.INTEGER) ? "reporting.excel.validation.whole"
										: "reporting.excel.validation.decimal",
								VietnameseNumbers.format(min), VietnameseNumbers.format(max)));
			}
			case BOOLEAN -> {
				cell.setCellStyle(style("choice"));
				String yes = this.texts.get("reporting.excel.yes");
				String no = this.texts.get("reporting.excel.no");
				if (number != null) {
					cell.setCellValue((number.signum() != 0) ? yes : no);
				}
				validation = this.validations
					.createValidation(this.validations.createExplicitListConstraint(new String[] { yes, no }), where);
				validation.setSuppressDropDownArrow(true);
				validation.createErrorBox(this.texts.get("reporting.excel.validation.title"),
						this.texts.get("reporting.excel.validation.yesNo", yes, no));
			}
			default -> {
				cell.setCellStyle(style("text"));
				if (text != null) {
					cell.setCellValue(text);
				}
				validation = this.validations.createValidation(
						this.validations.createTextLengthConstraint(DataValidationConstraint.OperatorType.LESS_OR_EQUAL,
								String.valueOf(SubmissionValidator.MAX_TEXT), null),
						where);
				validation.createErrorBox(this.texts.get("reporting.excel.validation.title"),
						this.texts.get("reporting.excel.validation.text", SubmissionValidator.MAX_TEXT));
				if (text != null && text.length() > 70) {
					row.setHeightInPoints(Math.max(row.getHeightInPoints(), height(text, 20, 1)));
				}
			}
		}
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.setShowErrorBox(true);
		validation.setEmptyCellAllowed(true);
		this.sheet.addValidationData(validation);
	}

	/**
	 * A percentage is its numerator over its denominator, in percent with one decimal,
	 * blank while either is blank or the denominator is zero.
	 */
	private void formulas() {
		for (int i = 0; i < this.percentages.size(); i++) {
			Indicator indicator = this.percentageIndicators.get(i);
			Integer numerator = this.valueRows.get(indicator.numeratorId());
			Integer denominator = this.valueRows.get(indicator.denominatorId());
			if (numerator == null || denominator == null) {
				continue;
			}
			String n = ExcelMetadata.reference(numerator, VALUE);
			String d = ExcelMetadata.reference(denominator, VALUE);
			this.percentages.get(i)
				.setCellFormula(
						"IF(OR(" + n + "=\"\"," + d + "=\"\"," + d + "=0),\"\",ROUND(" + n + "/" + d + "*100,1))");
		}
	}

	private void layout(String protectionPassword) {
		this.sheet.setColumnWidth(NUMBER, 6 * 256);
		this.sheet.setColumnWidth(LABEL, 78 * 256);
		this.sheet.setColumnWidth(UNIT, 14 * 256);
		this.sheet.setColumnWidth(VALUE, 24 * 256);
		PrintSetup print = this.sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		this.sheet.setFitToPage(true);
		this.sheet.setHorizontallyCenter(true);
		this.sheet.getFooter().setCenter(this.texts.get("reporting.excel.footer"));
		// Cached results for viewers that do not calculate; Excel recalculates on
		// opening.
		this.workbook.setForceFormulaRecalculation(true);
		this.workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
		this.sheet.protectSheet(protectionPassword);
		this.sheet.lockFormatRows(false);
		this.sheet.lockFormatColumns(false);
		this.workbook.lockStructure();
		this.workbook.setActiveSheet(0);
	}

	private ExcelMetadata metadata() {
		Map<String, String> locked = new LinkedHashMap<>();
		for (Row row : this.sheet) {
			for (Cell cell : row) {
				String reference = ExcelMetadata.reference(cell.getRowIndex(), cell.getColumnIndex());
				String content = ExcelMetadata.content(cell);
				if (!content.isEmpty() && !this.editable.contains(reference)) {
					locked.put(reference, content);
				}
			}
		}
		Submission submission = this.form.submission();
		return new ExcelMetadata(ExcelMetadata.FORMAT, submission.id(), submission.periodId(), submission.unitId(),
				this.form.structure().versionId(), submission.version(), this.sheet.getSheetName(), this.cellRows,
				this.narrativeRows, locked);
	}

	/**
	 * A cell spread over the four columns.
	 */
	private Cell wide(String text, CellStyle style, float height) {
		int index = this.next++;
		Row row = this.sheet.createRow(index);
		for (int c = NUMBER; c <= VALUE; c++) {
			row.createCell(c).setCellStyle(style);
		}
		Cell cell = row.getCell(NUMBER);
		cell.setCellValue(text);
		this.sheet.addMergedRegion(new CellRangeAddress(index, index, NUMBER, VALUE));
		if (height > 0) {
			row.setHeightInPoints(height);
		}
		return cell;
	}

	private String unitOf(Indicator indicator) {
		if (indicator.unitOfMeasure().isBlank() && indicator.valueType() == ValueType.PERCENTAGE) {
			return "%";
		}
		return indicator.unitOfMeasure();
	}

	/**
	 * The height in points of a wrapped text of so many characters a line, at least
	 * {@code minimumLines} lines.
	 */
	private static float height(String text, int perLine, int minimumLines) {
		int lines = 0;
		for (String paragraph : text.split("\n", -1)) {
			lines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
		}
		return Math.min(409f, Math.max(minimumLines, lines) * 16.5f + 4);
	}

	private CellStyle style(String name) {
		return this.styles.computeIfAbsent(name, this::createStyle);
	}

	private CellStyle createStyle(String name) {
		XSSFCellStyle style = this.workbook.createCellStyle();
		Font font = this.workbook.createFont();
		font.setFontName("Times New Roman");
		font.setFontHeightInPoints((short) 12);
		style.setFont(font);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setWrapText(true);
		style.setLocked(true);
		boolean bordered = !List.of("title", "info", "note", "part", "heading").contains(name);
		if (bordered) {
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
		}
		switch (name) {
			case "title" -> {
				font.setBold(true);
				font.setFontHeightInPoints((short) 14);
				style.setAlignment(HorizontalAlignment.CENTER);
			}
			case "note" -> {
				font.setItalic(true);
				font.setColor(IndexedColors.GREY_80_PERCENT.getIndex());
			}
			case "part" -> {
				font.setBold(true);
				font.setFontHeightInPoints((short) 13);
			}
			case "heading", "totalWhole", "totalDecimal" -> font.setBold(true);
			case "header" -> {
				font.setBold(true);
				style.setAlignment(HorizontalAlignment.CENTER);
				style.setFillForegroundColor(new XSSFColor(HEADER_FILL, null));
				style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			}
			case "number", "unit" -> style.setAlignment(HorizontalAlignment.CENTER);
			case "item" -> style.setIndention((short) 2);
			case "narrative" -> {
				style.setVerticalAlignment(VerticalAlignment.TOP);
				input(style);
			}
			case "whole", "decimal", "choice", "text" -> input(style);
			default -> {
			}
		}
		String format = switch (name) {
			case "whole", "totalWhole" -> "#,##0";
			case "decimal", "totalDecimal" -> "#,##0.##";
			case "percentage" -> "#,##0.0";
			case "choice", "text", "narrative" -> "@";
			default -> null;
		};
		if (format != null) {
			style.setDataFormat(this.workbook.createDataFormat().getFormat(format));
		}
		if (name.equals("choice")) {
			style.setAlignment(HorizontalAlignment.CENTER);
		}
		return style;
	}

	private static void input(XSSFCellStyle style) {
		style.setLocked(false);
		style.setFillForegroundColor(new XSSFColor(INPUT_FILL, null));
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
	}

	/**
	 * Texts of the form in the reader's language.
	 */
	@FunctionalInterface
	interface Texts {

		String get(String key, Object... arguments);

	}

	/**
	 * Everything a form shows.
	 */
	record ExcelForm(Submission submission, Period period, String unitName, TemplateStructure structure,
			SubmissionContent content) {
	}

}
