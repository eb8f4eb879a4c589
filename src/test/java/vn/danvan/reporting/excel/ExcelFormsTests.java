package vn.danvan.reporting.excel;

import vn.danvan.reporting.Aggregation;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.catalogue.CatalogueDefinition;
import vn.danvan.reporting.submissions.FieldIssue;
import vn.danvan.reporting.periods.OpenPeriod;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.PeriodType;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.Section;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.submissions.SubmissionContent;
import vn.danvan.reporting.submissions.SubmissionPreview;
import vn.danvan.reporting.Submissions;
import vn.danvan.reporting.TemplateStructure;
import vn.danvan.reporting.ValueType;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.units.tree.UnitAdministration;
import vn.danvan.shared.errors.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.reporting.ReportingFixture.values;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DanvanIntegrationTest
class ExcelFormsTests {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Autowired
	UnitAdministration units;

	@Autowired
	Accounts accounts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Periods periods;

	@Autowired
	Submissions submissions;

	@Autowired
	ExcelForms excel;

	ReportingFixture world;

	Period period;

	SignedInUser commune;

	Submission submission;

	long resultsSection;

	@BeforeEach
	void setUp() {
		this.world = new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods);
		this.period = this.world.openPeriod("6 tháng đầu năm 2032", LocalDate.of(2031, 12, 15),
				LocalDate.of(2032, 6, 14), LocalDate.of(2032, 6, 20));
		this.commune = this.world.signedIn(this.world.communeOfficer);
		this.submission = this.submissions.find(this.commune, this.period.id(), this.world.commune).orElseThrow();
		this.resultsSection = this.world.template.sections()
			.stream()
			.filter(Section::narrative)
			.findFirst()
			.orElseThrow()
			.id();
		this.submission = this.submissions.save(this.commune, this.submission.id(), this.submission.version(),
				values(code("REG") + ".A", "5", code("REG") + ".B", "1.207", code("EFF"), "3", code("MEM"), "60",
						code("ELIG"), "80", code("NOTE"), "Tốt"),
				Map.of(this.resultsSection, "Kết quả nổi bật.\nDòng thứ hai."), "FORM");
	}

	@Test
	void theDownloadIsAProtectedFormPreFilledWithTheReport() throws IOException {
		ExcelFile file = this.excel.download(this.commune, this.submission.id(), VIETNAMESE);
		assertThat(file.fileName())
			.isEqualTo(code("TPL") + "-" + this.world.prefix + "C1-" + this.period.id() + ".xlsx");
		try (XSSFWorkbook workbook = ExcelTestFiles.open(file.content())) {
			XSSFSheet sheet = workbook.getSheet("Báo cáo");
			assertThat(workbook.getSheetIndex(sheet)).isZero();
			assertThat(sheet.getProtect()).isTrue();
			assertThat(sheet.validateSheetPassword("danvan")).isTrue();
			assertThat(workbook.isStructureLocked()).isTrue();
			assertThat(workbook.getSheetVisibility(workbook.getSheetIndex("_danvan")))
				.isEqualTo(SheetVisibility.VERY_HIDDEN);

			Map<String, String> metadata = ExcelTestFiles.metadata(workbook);
			assertThat(metadata).containsEntry("format", "1")
				.containsEntry("submission", String.valueOf(this.submission.id()))
				.containsEntry("period", String.valueOf(this.period.id()))
				.containsEntry("unit", String.valueOf(this.world.commune))
				.containsEntry("templateVersion", String.valueOf(this.period.templateVersionId()))
				.containsEntry("version", String.valueOf(this.submission.version()))
				.containsKeys("cell:" + code("REG") + ".A", "cell:" + code("REG") + ".B", "cell:" + code("EFF"),
						"cell:" + code("NOTE"), "narrative:" + this.resultsSection, "signature")
				.doesNotContainKey("cell:" + code("RATE"));

			assertThat(text(sheet, 0, 0)).isEqualTo("Báo cáo thử " + this.world.prefix);
			assertThat(text(sheet, 1, 0)).contains("Xã Bình An " + this.world.prefix);
			assertThat(text(sheet, 3, 0)).isEqualTo("Số liệu từ ngày 15/12/2031 đến ngày 14/06/2032");
			assertThat(text(sheet, 4, 0)).isEqualTo("Hạn nộp: 20/06/2032");

			Row itemA = sheet.getRow(ExcelTestFiles.row(workbook, code("REG") + ".A"));
			Row itemB = sheet.getRow(ExcelTestFiles.row(workbook, code("REG") + ".B"));
			Row total = sheet.getRow(itemA.getRowNum() - 1);
			assertThat(itemA.getCell(1).getStringCellValue()).isEqualTo("Kinh tế");
			assertThat(itemA.getCell(1).getCellStyle().getIndention()).isEqualTo((short) 2);
			assertThat(itemA.getCell(1).getCellStyle().getLocked()).isTrue();
			assertThat(itemA.getCell(3).getCellStyle().getLocked()).isFalse();
			assertThat(itemA.getCell(3).getNumericCellValue()).isEqualTo(5);
			assertThat(itemB.getCell(3).getNumericCellValue()).isEqualTo(1207);
			assertThat(itemA.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Số mô hình đăng ký");
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("1");
			assertThat(total.getCell(3).getCellType()).isEqualTo(CellType.FORMULA);
			assertThat(total.getCell(3).getCellStyle().getLocked()).isTrue();

			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			assertThat(evaluator.evaluate(total.getCell(3)).getNumberValue()).isEqualTo(1212);
			Row rate = rowLabelled(sheet, "Tỷ lệ tập hợp hội viên");
			assertThat(rate.getCell(3).getCellFormula()).contains("ROUND(").contains("=0");
			assertThat(rate.getCell(3).getCellStyle().getLocked()).isTrue();
			assertThat(rate.getCell(2).getStringCellValue()).isEqualTo("%");
			assertThat(evaluator.evaluate(rate.getCell(3)).getNumberValue()).isEqualTo(75);
			Row eligible = rowLabelled(sheet, "Số người thuộc đối tượng");
			eligible.getCell(3).setCellValue(0);
			evaluator.clearAllCachedResultValues();
			assertThat(evaluator.evaluate(rate.getCell(3)).getStringValue()).isEmpty();
			itemA.getCell(3).setBlank();
			itemB.getCell(3).setBlank();
			evaluator.clearAllCachedResultValues();
			assertThat(evaluator.evaluate(total.getCell(3)).getStringValue()).isEmpty();

			Row note = sheet.getRow(ExcelTestFiles.row(workbook, code("NOTE")));
			assertThat(note.getCell(3).getStringCellValue()).isEqualTo("Tốt");
			assertThat(note.getCell(3).getCellStyle().getLocked()).isFalse();
			Row narrative = sheet.getRow(ExcelTestFiles.narrativeRow(workbook, this.resultsSection));
			assertThat(narrative.getCell(0).getStringCellValue()).isEqualTo("Kết quả nổi bật.\nDòng thứ hai.");
			assertThat(narrative.getCell(0).getCellStyle().getLocked()).isFalse();
			assertThat(narrative.getCell(0).getCellStyle().getWrapText()).isTrue();
			assertThat(sheet.getMergedRegions())
				.contains(new CellRangeAddress(narrative.getRowNum(), narrative.getRowNum(), 0, 3));
			assertThat(rowLabelled(sheet, "Chỉ tiêu").getCell(3).getStringCellValue()).isEqualTo("Giá trị");

			List<? extends DataValidation> validations = sheet.getDataValidations();
			assertThat(validations).anySatisfy((v) -> {
				assertThat(v.getRegions().getCellRangeAddress(0).getFirstRow()).isEqualTo(itemA.getRowNum());
				assertThat(v.getValidationConstraint().getValidationType())
					.isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
				assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("0");
				assertThat(v.getShowErrorBox()).isTrue();
			});
			assertThat(validations).anySatisfy((v) -> {
				assertThat(v.getRegions().getCellRangeAddress(0).getFirstRow()).isEqualTo(note.getRowNum());
				assertThat(v.getValidationConstraint().getValidationType())
					.isEqualTo(DataValidationConstraint.ValidationType.TEXT_LENGTH);
			});
			assertThat(validations).noneSatisfy(
					(v) -> assertThat(v.getRegions().getCellRangeAddress(0).getFirstRow()).isEqualTo(rate.getRowNum()));

			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(sheet.getFitToPage()).isTrue();
			assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
		}
	}

	@Test
	void anotherCommuneCannotDownloadTheReport() {
		SignedInUser other = this.world.signedIn(this.world.otherCommuneOfficer);
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.excel.download(other, this.submission.id(), VIETNAMESE));
	}

	@Test
	void aPreviewListsTheChangesAndTheRefusedValuesWithoutSaving() {
		SubmissionPreview preview = this.submissions.preview(this.commune, this.submission.id(),
				values(code("REG") + ".A", "5", code("EFF"), "mười", code("MEM"), "70", code("ELIG"), "80"),
				Map.of(this.resultsSection, "Kết quả nổi bật.\nDòng thứ hai."));
		assertThat(preview.valid()).isFalse();
		assertThat(preview.changes()).singleElement().satisfies((change) -> {
			assertThat(change.field()).isEqualTo(code("MEM"));
			assertThat(change.before()).isEqualTo("60");
			assertThat(change.after()).isEqualTo("70");
		});
		assertThat(preview.errors()).singleElement().satisfies((issue) -> {
			assertThat(issue.field()).isEqualTo(code("EFF"));
			assertThat(issue.messageKey()).isEqualTo("reporting.invalid.notANumber");
		});
		assertThat(this.submissions.get(this.commune, this.submission.id()).version())
			.isEqualTo(this.submission.version());
		SubmissionPreview valid = this.submissions.preview(this.commune, this.submission.id(),
				values(code("EFF"), "2.000"), Map.of());
		assertThat(valid.valid()).isTrue();
		assertThat(valid.checks()).extracting(FieldIssue::messageKey).contains("reporting.invalid.notGreaterThan");
	}

	@Test
	void yesNoAndDecimalCellsRoundTripThroughTheFacade() {
		SignedInUser admin = this.world.signedIn("admin");
		this.catalogue.defineIndicator(admin,
				new CatalogueDefinition.IndicatorDefinition(code("HAS"), "Có quy chế dân chủ", "", ValueType.BOOLEAN,
						Aggregation.NONE, null, null, null, false, null, null, ""));
		this.catalogue.defineIndicator(admin,
				new CatalogueDefinition.IndicatorDefinition(code("MONEY"), "Giá trị vận động", "triệu đồng",
						ValueType.DECIMAL, Aggregation.SUM, null, null, null, false, BigDecimal.ZERO,
						new BigDecimal("1000"), ""));
		TemplateStructure template = this.catalogue.defineTemplate(admin,
				new CatalogueDefinition.TemplateDefinition(code("TPL2"), "Báo cáo chuyên đề " + this.world.prefix, "",
						List.of("COMMUNE"), List.of(), List.of(new CatalogueDefinition.SectionDefinition(1, "1.",
								"Số liệu", "", false, List.of(code("HAS"), code("MONEY"))))));
		Period adHoc = this.periods.open(this.world.signedIn(this.world.provinceOfficer),
				new OpenPeriod(template.template().id(), PeriodType.AD_HOC, "Chuyên đề 2032", LocalDate.of(2032, 1, 1),
						LocalDate.of(2032, 3, 31), LocalDate.of(2032, 4, 10), List.of(this.world.province)));
		Submission report = this.submissions.find(this.commune, adHoc.id(), this.world.commune).orElseThrow();
		byte[] file = this.excel.download(this.commune, report.id(), VIETNAMESE).content();
		try (XSSFWorkbook workbook = ExcelTestFiles.open(file)) {
			int row = ExcelTestFiles.row(workbook, code("HAS"));
			assertThat(workbook.getSheet("Báo cáo").getDataValidations()).anySatisfy((v) -> {
				assertThat(v.getRegions().getCellRangeAddress(0).getFirstRow()).isEqualTo(row);
				assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly("Có", "Không");
			});
			// Excel shows the arrow of a list when showDropDown is absent or false.
			assertThat(workbook.getSheet("Báo cáo").getCTWorksheet().getDataValidations().getDataValidationArray())
				.noneSatisfy((v) -> assertThat(v.getShowDropDown()).isTrue());
			int money = ExcelTestFiles.row(workbook, code("MONEY"));
			assertThat(workbook.getSheet("Báo cáo").getDataValidations()).anySatisfy((v) -> {
				assertThat(v.getRegions().getCellRangeAddress(0).getFirstRow()).isEqualTo(money);
				assertThat(v.getValidationConstraint().getValidationType())
					.isEqualTo(DataValidationConstraint.ValidationType.DECIMAL);
				assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("0");
				assertThat(v.getValidationConstraint().getFormula2()).isEqualTo("1000");
			});
			assertThat(workbook.getSheet("Báo cáo").getRow(money).getCell(3).getCellStyle().getDataFormatString())
				.isEqualTo("#,##0.##");
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		byte[] filled = ExcelTestFiles.fill(file, values(code("HAS"), "Có", code("MONEY"), "12,5"));
		ExcelPreview preview = this.excel.upload(this.commune, report.id(), "chuyen-de.xlsx", filled, "127.0.0.1");
		assertThat(preview.confirmable()).isTrue();
		assertThat(preview.rows()).extracting(ExcelPreview.Row::field, ExcelPreview.Row::inFile)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(code("HAS"), "1"),
					org.assertj.core.groups.Tuple.tuple(code("MONEY"), "12,5"));
		ExcelApplied applied = this.excel.confirm(this.commune, report.id(), preview.uploadId(), "127.0.0.1");
		assertThat(applied.cells()).isEqualTo(2);
		SubmissionContent content = this.submissions.content(applied.submission());
		assertThat(content.numbers().get(code("HAS"))).isEqualByComparingTo("1");
		assertThat(content.numbers().get(code("MONEY"))).isEqualByComparingTo("12.5");
		byte[] again = this.excel.download(this.commune, report.id(), VIETNAMESE).content();
		try (XSSFWorkbook workbook = ExcelTestFiles.open(again)) {
			assertThat(workbook.getSheet("Báo cáo")
				.getRow(ExcelTestFiles.row(workbook, code("HAS")))
				.getCell(3)
				.getStringCellValue()).isEqualTo("Có");
			assertThat(ExcelTestFiles.metadata(workbook)).containsEntry("version",
					String.valueOf(applied.submission().version()));
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		assertThat(this.excel.upload(this.commune, report.id(), "lai.xlsx", again, null).rows()).isEmpty();
	}

	private static String text(XSSFSheet sheet, int row, int column) {
		return sheet.getRow(row).getCell(column).getStringCellValue();
	}

	private static Row rowLabelled(XSSFSheet sheet, String label) {
		for (Row row : sheet) {
			if (row.getCell(1) != null && row.getCell(1).getCellType() == CellType.STRING
					&& row.getCell(1).getStringCellValue().equals(label)) {
				return row;
			}
		}
		throw new AssertionError("No row labelled " + label);
	}

	private String code(String name) {
		return this.world.code(name);
	}

}
