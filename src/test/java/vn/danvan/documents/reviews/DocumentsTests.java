package vn.danvan.documents.reviews;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.AuditLog;
import vn.danvan.accounts.AuditQuery;
import vn.danvan.shared.security.Role;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.analytics.Analytics;
import vn.danvan.analytics.Dashboard;
import vn.danvan.analytics.Figure;
import vn.danvan.analytics.Inclusion;
import vn.danvan.analytics.View;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.Submissions;
import vn.danvan.shared.text.VietnameseNumbers;
import vn.danvan.units.Unit;
import vn.danvan.units.tree.UnitAdministration;
import vn.danvan.units.Units;
import vn.danvan.units.UnitScope;
import vn.danvan.documents.IssuedDocument;
import vn.danvan.documents.DocumentsFixture;
import vn.danvan.documents.ReviewDraft;
import vn.danvan.documents.profiles.FormatProfiles;
import vn.danvan.documents.IssueCheck;
import vn.danvan.documents.IssueRefusedException;
import vn.danvan.documents.IssueRequest;
import vn.danvan.documents.profiles.ProfileChange;
import vn.danvan.documents.profiles.ProfileRejectedException;
import vn.danvan.documents.profiles.FormatProfile;
import vn.danvan.documents.docx.XlsxWriter;
import vn.danvan.shared.errors.DanvanException;
import vn.danvan.shared.errors.RefusalStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The review report end to end at the service level: composing from analytics and
 * reporting, saving versions with the version check, issuing with numbers from the
 * register (also under concurrent requests), and every generated file opened again: the
 * DOCX and XLSX with POI, the PDF rendered to PNG with pdftoppm when LibreOffice is
 * installed.
 */
@DanvanIntegrationTest
class DocumentsTests {

	private static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");

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
	Analytics analytics;

	@Autowired
	ReviewReports reports;

	@Autowired
	DocumentRegister register;

	@Autowired
	FormatProfiles profiles;

	@Autowired
	AuditLog audit;

	@Autowired
	Units unitsFacade;

	DocumentsFixture fixture;

	@BeforeEach
	void world() {
		this.fixture = new DocumentsFixture(this.units, this.accounts, this.catalogue, this.periods, this.submissions,
				this.analytics);
	}

	@Test
	void aDraftHoldsTheSectionsFiguresAsSentencesAndTheNarrativesBelow() {
		ReviewDraft draft = this.reports.compose(this.fixture.province(), this.fixture.world.province,
				this.fixture.period.id());
		assertThat(draft.version()).isEqualTo(1);
		assertThat(draft.summary())
			.isEqualTo("sơ kết công tác dân vận 6 tháng đầu năm 2036, phương hướng, nhiệm vụ 6 tháng cuối năm 2036");
		assertThat(draft.sections()).extracting(ReviewDraft.Section::heading)
			.containsExactly("Phần thứ nhất KẾT QUẢ THỰC HIỆN", "1. Kết quả", "2. Hội viên");
		ReviewDraft.Section results = section(draft, this.fixture.resultsSection);
		// Last year only the first commune reported: the change is over it alone (1.795 →
		// 2.066), not over the two communes of this year (1.795 → 2.071).
		assertThat(results.body()).contains("- Số mô hình đăng ký: 2.071 (trong đó: Kinh tế 2.005; Xã hội 66); "
				+ "so với cùng kỳ năm 2035, cùng 1 đơn vị báo cáo: tăng 271 (15,1%).");
		assertThat(results.compiled()).extracting(ReviewDraft.Compiled::text)
			.containsExactlyInAnyOrder(DocumentsFixture.NARRATIVE, DocumentsFixture.OTHER_NARRATIVE);
		assertThat(results.compiled()).extracting(ReviewDraft.Compiled::unitName)
			.allMatch((name) -> name.startsWith("Xã "));
		assertThat(results.body()).as("last year only one of the two communes reported")
			.startsWith("Lưu ý: số liệu kỳ này tổng hợp từ 2/2 đơn vị, cùng kỳ năm 2035 từ 1/2 đơn vị; "
					+ "mức tăng, giảm dưới đây so sánh cùng 1 đơn vị đã báo cáo ở cả hai kỳ.\n- Số mô hình đăng ký");
		assertThat(draft.sections().get(2).body())
			.contains("Tỷ lệ tập hợp hội viên: 25%; so với cùng kỳ năm 2035, cùng 1 đơn vị báo cáo: "
					+ "tăng 5 điểm phần trăm")
			.as("the note is written once")
			.doesNotContain("Lưu ý");
		assertThat(this.audit
			.find(new AuditQuery(null, "DOCUMENT_DRAFT_COMPOSED", this.fixture.world.province, null, null, null, 10)))
			.hasSize(1);
	}

	@Test
	void issuingFirstShowsWhatIsMissingAndAnEmptyMandatoryPartNeedsAReason() throws IOException {
		var world = this.fixture.world;
		SignedInUser admin = world.signedIn("admin");
		var template = this.catalogue.defineTemplate(admin,
				new vn.danvan.reporting.catalogue.CatalogueDefinition.TemplateDefinition(world.code("TPLFULL"),
						"Báo cáo đủ phần " + world.prefix, "", List.of("COMMUNE"), List.of(),
						List.of(new vn.danvan.reporting.catalogue.CatalogueDefinition.SectionDefinition(0,
								"Phần thứ nhất", "KẾT QUẢ THỰC HIỆN", "", false, List.of()),
								new vn.danvan.reporting.catalogue.CatalogueDefinition.SectionDefinition(1, "I.",
										"Kết quả", "", true, List.of(world.code("REG"))),
								new vn.danvan.reporting.catalogue.CatalogueDefinition.SectionDefinition(1, "II.",
										"Đánh giá chung", "", false, List.of()),
								new vn.danvan.reporting.catalogue.CatalogueDefinition.SectionDefinition(2, "1.",
										"Ưu điểm", "", true, List.of()),
								new vn.danvan.reporting.catalogue.CatalogueDefinition.SectionDefinition(0,
										"Phần thứ hai", "PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM", "", true, List.of()))));
		var period = this.periods.open(world.signedIn(world.provinceOfficer),
				new vn.danvan.reporting.periods.OpenPeriod(template.template().id(),
						vn.danvan.reporting.PeriodType.SIX_MONTH, "Sơ kết 6 tháng đầu năm 2037",
						LocalDate.of(2037, 1, 1), LocalDate.of(2037, 6, 30), LocalDate.of(2037, 7, 10),
						List.of(world.province)));
		SignedInUser communeOfficer = world.signedIn(world.communeOfficer);
		var s = this.submissions.find(communeOfficer, period.id(), world.commune).orElseThrow();
		s = this.submissions.save(communeOfficer, s.id(), s.version(), Map.of(world.code("REG") + ".A", "12"), Map.of(),
				"FORM");
		this.submissions.submit(communeOfficer, s.id(), s.version());
		SignedInUser otherOfficer = world.signedIn(world.otherCommuneOfficer);
		var other = this.submissions.find(otherOfficer, period.id(), world.otherCommune).orElseThrow();
		other = this.submissions.save(otherOfficer, other.id(), other.version(), Map.of(world.code("REG") + ".A", "3"),
				Map.of(), "FORM");
		other = this.submissions.submit(otherOfficer, other.id(), other.version());
		SignedInUser officer = this.fixture.province();
		this.submissions.returnToUnit(officer, other.id(), "Số liệu chưa khớp.", other.version());
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(60))
			.until(() -> this.analytics
				.dashboard(officer, world.province, period.id(), View.AS_WAS, Inclusion.SUBMITTED)
				.coverage()
				.handedIn() == 1);
		ReviewDraft draft = this.reports.compose(officer, world.province, period.id());
		assertThat(draft.summary()).startsWith("sơ kết công tác dân vận 6 tháng đầu năm 2037");
		// Dated today: a document date is accepted within a window around today (the
		// period lies in the future only to keep clear of other tests' periods).
		IssueRequest request = new IssueRequest(LocalDate.now(), IssueRequest.Signer.HEAD, "Trần Văn Bình", null, null);
		IssueCheck check = this.reports.check(officer, draft.id());
		assertThat(check.findings()).extracting(IssueCheck.Finding::kind)
			.containsExactly(IssueCheck.Kind.EMPTY_MANDATORY, IssueCheck.Kind.EMPTY_SECTIONS,
					IssueCheck.Kind.UNITS_NOT_REPORTED, IssueCheck.Kind.RETURNED_REPORTS);
		assertThat(check.emptyMandatory()).containsExactly("II. Đánh giá chung",
				"Phần thứ hai PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM");
		assertThat(check.findings().get(1).arguments()).containsExactly("2",
				"1. Ưu điểm (II. Đánh giá chung); Phần thứ hai PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM");
		assertThat(check.findings().get(2).arguments()).containsExactly("1", "2", unit(world.otherCommune).name());
		assertThat(check.findings().get(3).arguments()).containsExactly("1", unit(world.otherCommune).name());
		// Not confirmed: refused with what is missing, nothing numbered.
		assertThatThrownBy(() -> this.reports.issue(officer, draft.id(), request))
			.isInstanceOfSatisfying(IssueRefusedException.class, (ex) -> {
				assertThat(RefusalStatus.of(ex)).isEqualTo(422);
				assertThat(ex.messageKey()).isEqualTo("documents.error.checkBeforeIssue");
				assertThat(ex.check().reasonRequired()).isTrue();
			});
		// Confirmed without a reason: still refused, the mandatory parts are empty.
		assertThatThrownBy(() -> this.reports.issue(officer, draft.id(), request.confirm("  "))).isInstanceOfSatisfying(
				IssueRefusedException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("documents.error.reasonRequired"));
		assertThat(this.reports.get(officer, draft.id()).issued()).isFalse();
		String reason = "Báo cáo nhanh theo yêu cầu của Thường trực Tỉnh ủy; đánh giá chung gửi sau.";
		IssuedDocument document = this.reports.issue(officer, draft.id(), request.confirm(reason)).document();
		assertThat(document.numberText()).isEqualTo("Số 1-BC/BTGDVTU");
		assertThat(this.register.get(officer, document.id()).issueReason()).isEqualTo(reason);
		try (XWPFDocument docx = new XWPFDocument(
				new ByteArrayInputStream(this.register.docx(officer, document.id())))) {
			List<String> body = texts(docx.getParagraphs());
			// No empty heading: neither "Đánh giá chung" with its empty "Ưu điểm", nor
			// the
			// empty second part.
			assertThat(body).contains("I- Kết quả")
				.noneMatch((line) -> line.contains("Đánh giá chung") || line.contains("Ưu điểm")
						|| line.contains("PHƯƠNG HƯỚNG") || line.equals("Phần thứ hai"));
		}
	}

	@Test
	void savesAreVersionsAndAStaleSaveIsRefused() {
		SignedInUser officer = this.fixture.province();
		ReviewDraft draft = this.reports.compose(officer, this.fixture.world.province, this.fixture.period.id());
		long section = this.fixture.resultsSection;
		ReviewDraft saved = this.reports.save(officer, draft.id(), 1, null, Map.of(section, "Nội dung đã sửa."));
		assertThat(saved.version()).isEqualTo(2);
		assertThat(section(saved, section).body()).isEqualTo("Nội dung đã sửa.");
		assertThatThrownBy(() -> this.reports.save(officer, draft.id(), 1, null, Map.of(section, "Cũ")))
			.isInstanceOfSatisfying(DanvanException.class, (ex) -> {
				assertThat(RefusalStatus.of(ex)).isEqualTo(409);
				assertThat(ex.messageKey()).isEqualTo("documents.error.draftChanged");
			});
		assertThat(this.reports.versions(officer, draft.id())).extracting(ReviewDraft.Version::version)
			.containsExactly(2, 1);
		assertThatThrownBy(() -> this.reports.save(officer, draft.id(), 2, " ", Map.of()))
			.isInstanceOfSatisfying(DanvanException.class, (ex) -> assertThat(RefusalStatus.of(ex)).isEqualTo(400));
	}

	@Test
	void anIssuedDocumentFollowsTheFormatProfileAndItsTablesEqualTheAggregates() throws IOException {
		SignedInUser officer = this.fixture.province();
		ReviewDraft draft = this.reports.compose(officer, this.fixture.world.province, this.fixture.period.id());
		String edited = "Công tác dân vận của hệ thống chính trị được triển khai đồng bộ; Nhân dân đồng thuận, tin tưởng.";
		this.reports.save(officer, draft.id(), 1, null, Map.of(this.fixture.resultsSection, edited));
		LocalDate date = LocalDate.of(2026, 1, 5);
		ReviewReports.Issued issued = this.reports.issue(officer, draft.id(),
				new IssueRequest(date, IssueRequest.Signer.DEPUTY, "Nguyễn Thị Hương", null, 2));
		assertThat(issued.created()).isTrue();
		IssuedDocument document = issued.document();
		assertThat(document.numberText()).isEqualTo("Số 1-BC/BTGDVTU");
		String name = ReviewDocumentTexts.shortName(unit(this.fixture.world.province));

		try (XWPFDocument docx = new XWPFDocument(
				new ByteArrayInputStream(this.register.docx(officer, document.id())))) {
			CTSectPr section = docx.getDocument().getBody().getSectPr();
			CTPageMar margins = section.getPgMar();
			assertThat(twips(margins.getTop())).isEqualTo(1134);
			assertThat(twips(margins.getBottom())).isEqualTo(1134);
			assertThat(twips(margins.getLeft())).isEqualTo(1701);
			assertThat(twips(margins.getRight())).isEqualTo(850);
			assertThat(twips(section.getPgSz().getW())).isEqualTo(11906);
			assertThat(section.isSetTitlePg()).isTrue();
			assertThat(docx.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().get(0).getCTP().xmlText())
				.contains("PAGE");
			assertThat(docx.getHeaderFooterPolicy().getFirstPageHeader().getText()).isBlank();

			XWPFTable header = docx.getTables().get(0);
			XWPFTableCell left = header.getRow(0).getCell(0);
			XWPFTableCell right = header.getRow(0).getCell(1);
			assertThat(texts(left.getParagraphs())).containsExactly("TỈNH ỦY " + name.toUpperCase(VI),
					"BAN TUYÊN GIÁO VÀ DÂN VẬN", "*", "Số 1-BC/BTGDVTU");
			assertThat(run(left.getParagraphs().get(1)).isBold()).isTrue();
			assertThat(run(left.getParagraphs().get(0)).isBold()).isFalse();
			assertThat(run(left.getParagraphs().get(0)).getFontSizeAsDouble()).isEqualTo(14.0);
			XWPFRun party = run(right.getParagraphs().get(0));
			assertThat(party.text()).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
			assertThat(party.isBold()).isTrue();
			assertThat(party.getFontSizeAsDouble()).isEqualTo(15.0);
			assertThat(party.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
			XWPFRun place = run(right.getParagraphs().get(1));
			assertThat(place.text()).isEqualTo(name + ", ngày 05 tháng 01 năm 2026");
			assertThat(place.isItalic()).isTrue();
			assertThat(header.getCTTbl().getTblGrid().getGridColList()).hasSize(2);

			List<String> body = texts(docx.getParagraphs());
			assertThat(body).contains("BÁO CÁO",
					"Sơ kết công tác dân vận 6 tháng đầu năm 2036, phương hướng, nhiệm vụ 6 tháng cuối năm 2036",
					"Phần thứ nhất", "KẾT QUẢ THỰC HIỆN", "1. Kết quả", edited, "PHỤ LỤC SỐ LIỆU");
			XWPFParagraph title = docx.getParagraphs()
				.stream()
				.filter((p) -> p.getText().equals("BÁO CÁO"))
				.findFirst()
				.orElseThrow();
			assertThat(run(title).getFontSizeAsDouble()).isEqualTo(16.0);
			for (XWPFParagraph paragraph : docx.getParagraphs()) {
				for (XWPFRun r : paragraph.getRuns()) {
					assertThat(r.getFontFamily()).isEqualTo("Times New Roman");
				}
			}
			XWPFParagraph edit = docx.getParagraphs()
				.stream()
				.filter((p) -> p.getText().equals(edited))
				.findFirst()
				.orElseThrow();
			assertThat(run(edit).getFontSizeAsDouble()).isEqualTo(14.0);

			XWPFTable signature = docx.getTables().get(1);
			assertThat(texts(signature.getRow(0).getCell(1).getParagraphs())).contains("K/T TRƯỞNG BAN",
					"PHÓ TRƯỞNG BAN", "Nguyễn Thị Hương");
			List<String> recipients = texts(signature.getRow(0).getCell(0).getParagraphs());
			assertThat(recipients.get(0)).isEqualTo("Nơi nhận:");
			assertThat(recipients.get(recipients.size() - 1)).isEqualTo("- Lưu VT.");
			assertThat(recipients.get(1)).endsWith(",");

			Dashboard dashboard = this.analytics.dashboard(officer, this.fixture.world.province,
					this.fixture.period.id(), View.AS_WAS, Inclusion.SUBMITTED);
			Map<String, String> expected = dashboard.figures()
				.stream()
				.collect(Collectors.toMap(Figure::label, (f) -> VietnameseNumbers.format(f.value())));
			Map<String, String> inTables = new java.util.HashMap<>();
			for (XWPFTable table : docx.getTables().subList(2, docx.getTables().size())) {
				for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
					inTables.put(row.getCell(1).getText(), row.getCell(3).getText());
				}
			}
			assertThat(inTables).isEqualTo(expected);
			assertThat(inTables.get("Số mô hình đăng ký")).isEqualTo("2.071");
		}

		try (XSSFWorkbook xlsx = new XSSFWorkbook(
				new ByteArrayInputStream(this.register.xlsx(officer, document.id())))) {
			Sheet sheet = xlsx.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Phụ lục số liệu");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("PHỤ LỤC SỐ LIỆU");
			// Names only where a person reads; the codes in the last column, hidden.
			assertThat(sheet.isColumnHidden(XlsxWriter.CODE_COLUMN)).isTrue();
			Map<String, Double> values = new java.util.HashMap<>();
			Map<String, String> formats = new java.util.HashMap<>();
			for (Row row : sheet) {
				Cell key = row.getCell(XlsxWriter.CODE_COLUMN);
				Cell value = row.getCell(3);
				if (key != null && value != null && value.getCellType() == CellType.NUMERIC) {
					values.put(key.getStringCellValue(), value.getNumericCellValue());
					formats.put(key.getStringCellValue(), value.getCellStyle().getDataFormatString());
				}
				for (int c = 0; c < XlsxWriter.CODE_COLUMN; c++) {
					Cell visible = row.getCell(c);
					if (visible != null && visible.getCellType() == CellType.STRING) {
						assertThat(visible.getStringCellValue()).doesNotContain(this.fixture.world.prefix + "_");
					}
				}
			}
			// Whole numbers without a decimal separator after them ("2.071", not
			// "2.071,").
			assertThat(formats.get(this.fixture.code("REG"))).isEqualTo("#,##0");
			// Ready to print: A4, fitted to the width, the header row on every page.
			assertThat(sheet.getPrintSetup().getPaperSize())
				.isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
			assertThat(sheet.getFitToPage()).isTrue();
			assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
			assertThat(sheet.getRepeatingRows()).isNotNull();
			assertThat(sheet.getRow(sheet.getRepeatingRows().getFirstRow()).getCell(1).getStringCellValue())
				.isEqualTo("Chỉ tiêu");
			Dashboard dashboard = this.analytics.dashboard(officer, this.fixture.world.province,
					this.fixture.period.id(), View.AS_WAS, Inclusion.SUBMITTED);
			for (Figure figure : dashboard.figures()) {
				if (figure.value() == null) {
					assertThat(values).doesNotContainKey(figure.key());
				}
				else {
					assertThat(values.get(figure.key())).as(figure.key()).isEqualTo(figure.value().doubleValue());
				}
			}
			assertThat(values.get(this.fixture.code("REG"))).isEqualTo(2071.0);
			assertThat(values.get(this.fixture.code("RATE"))).isEqualTo(25.0);
		}
	}

	@Test
	void thePdfIsRenderedWhenLibreOfficeIsInstalled() throws Exception {
		assumeTrue(this.register.pdfAvailable(), "LibreOffice (soffice) is not installed: PDF not tested");
		SignedInUser officer = this.fixture.province();
		ReviewDraft draft = this.reports.compose(officer, this.fixture.world.province, this.fixture.period.id());
		IssuedDocument document = this.reports
			.issue(officer, draft.id(), new IssueRequest(null, IssueRequest.Signer.HEAD, "Trần Văn Bình", null, null))
			.document();
		byte[] pdf = this.register.pdf(officer, document.id());
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(this.register.get(officer, document.id()).pdfStored()).isTrue();
		Path dir = Files.createTempDirectory("danvan-pdf-test-");
		Path file = dir.resolve("report.pdf");
		Files.write(file, pdf);
		int pages = Integer.parseInt(run(dir, "pdfinfo", file.toString()).lines()
			.filter((line) -> line.startsWith("Pages:"))
			.findFirst()
			.orElseThrow()
			.replaceAll("\\D", ""));
		assertThat(pages).isGreaterThanOrEqualTo(2);
		run(dir, "pdftoppm", "-png", "-r", "60", file.toString(), dir.resolve("page").toString());
		try (var files = Files.list(dir)) {
			List<Path> pngs = files.filter((p) -> p.toString().endsWith(".png")).toList();
			assertThat(pngs).hasSize(pages);
			for (Path png : pngs) {
				assertThat(Files.size(png)).isGreaterThan(500);
			}
			Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
			for (Path png : pngs) {
				Files.copy(png, screenshots.resolve("documents-pdf-" + png.getFileName()),
						java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
		String text = run(dir, "pdftotext", file.toString(), "-");
		assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "TRƯỞNG BAN", "PHỤ LỤC SỐ LIỆU");
	}

	@Test
	void theIssuingBodyAndSymbolAreThoseOfTheDocumentDate() throws IOException {
		SignedInUser officer = this.fixture.province();
		ReviewDraft before = this.reports.compose(officer, this.fixture.world.province, this.fixture.period.id());
		IssuedDocument old = this.reports
			.issue(officer, before.id(),
					new IssueRequest(LocalDate.of(2024, 12, 20), IssueRequest.Signer.HEAD, "Lê Văn An", null, null))
			.document();
		assertThat(old.numberText()).isEqualTo("Số 1-BC/BDVTU");
		assertThat(old.issuingBody()).isEqualTo("BAN DÂN VẬN");
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(this.register.docx(officer, old.id())))) {
			assertThat(docx.getTables().get(0).getRow(0).getCell(0).getText()).contains("BAN DÂN VẬN")
				.doesNotContain("TUYÊN GIÁO");
			assertThat(texts(docx.getTables().get(1).getRow(0).getCell(1).getParagraphs())).contains("TRƯỞNG BAN")
				.doesNotContain("K/T TRƯỞNG BAN");
		}
		ReviewDraft commune = this.reports.compose(officer, this.fixture.world.commune, this.fixture.period.id());
		assertThat(section(commune, this.fixture.resultsSection).body()).startsWith(DocumentsFixture.NARRATIVE);
		IssuedDocument committee = this.reports
			.issue(officer, commune.id(), new IssueRequest(null, IssueRequest.Signer.HEAD, "Phạm Văn Đức", null, null))
			.document();
		assertThat(committee.numberText()).isEqualTo("Số 1-BC/ĐU");
		try (XWPFDocument docx = new XWPFDocument(
				new ByteArrayInputStream(this.register.docx(officer, committee.id())))) {
			assertThat(texts(docx.getTables().get(0).getRow(0).getCell(0).getParagraphs()).get(1))
				.startsWith("ĐẢNG ỦY XÃ BÌNH AN");
			assertThat(texts(docx.getTables().get(1).getRow(0).getCell(1).getParagraphs()))
				.contains("T/M BAN THƯỜNG VỤ", "BÍ THƯ");
		}
	}

	@Test
	void issuingTwiceGivesTheSameDocumentAndAnIssuedDraftNoLongerChanges() {
		SignedInUser officer = this.fixture.province();
		ReviewDraft draft = this.reports.compose(officer, this.fixture.world.province, this.fixture.period.id());
		IssueRequest request = new IssueRequest(null, IssueRequest.Signer.HEAD, "Trần Văn Bình", null, null);
		ReviewReports.Issued first = this.reports.issue(officer, draft.id(), request);
		ReviewReports.Issued second = this.reports.issue(officer, draft.id(), request);
		assertThat(second.created()).isFalse();
		assertThat(second.document().id()).isEqualTo(first.document().id());
		assertThat(this.reports.get(officer, draft.id()).issued()).isTrue();
		assertThatThrownBy(() -> this.reports.save(officer, draft.id(), 1, null, Map.of()))
			.isInstanceOfSatisfying(DanvanException.class, (ex) -> {
				assertThat(RefusalStatus.of(ex)).isEqualTo(409);
				assertThat(ex.messageKey()).isEqualTo("documents.error.draftIssued");
			});
		assertThatThrownBy(() -> this.reports.issue(officer,
				this.reports.compose(officer, this.fixture.world.province, this.fixture.period.id()).id(),
				new IssueRequest(null, null, " ", null, null)))
			.isInstanceOfSatisfying(DanvanException.class, (ex) -> assertThat(RefusalStatus.of(ex)).isEqualTo(400));
	}

	@Test
	void concurrentIssuesGetDistinctConsecutiveNumbersAndOneDraftOneNumber() throws Exception {
		SignedInUser officer = this.fixture.province();
		List<Long> drafts = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			drafts.add(this.reports.compose(officer, this.fixture.world.province, this.fixture.period.id()).id());
		}
		long shared = this.reports.compose(officer, this.fixture.world.province, this.fixture.period.id()).id();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<IssuedDocument>> results = new ArrayList<>();
			for (long draft : drafts) {
				results.add(pool.submit(issue(start, officer, draft)));
			}
			start.countDown();
			Set<Integer> numbers = new TreeSet<>();
			for (Future<IssuedDocument> result : results) {
				numbers.add(result.get(120, TimeUnit.SECONDS).number());
			}
			assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, 8).boxed().toList());

			CountDownLatch again = new CountDownLatch(1);
			List<Future<IssuedDocument>> same = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				same.add(pool.submit(issue(again, officer, shared)));
			}
			again.countDown();
			Set<Long> ids = new TreeSet<>();
			for (Future<IssuedDocument> result : same) {
				IssuedDocument document = result.get(120, TimeUnit.SECONDS);
				ids.add(document.id());
				assertThat(document.number()).isEqualTo(9);
			}
			assertThat(ids).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void badRequestsAreRefusedClearly() {
		SignedInUser officer = this.fixture.province();
		var empty = this.fixture.world.openPeriod("Sơ kết 6 tháng cuối năm 2036", LocalDate.of(2036, 7, 1),
				LocalDate.of(2036, 12, 31), LocalDate.of(2037, 1, 10));
		assertThatThrownBy(() -> this.reports.compose(officer, this.fixture.world.province, empty.id()))
			.isInstanceOfSatisfying(DanvanException.class, (ex) -> {
				assertThat(RefusalStatus.of(ex)).isEqualTo(422);
				assertThat(ex.messageKey()).isEqualTo("documents.error.noSubmissions");
			});
		SignedInUser communeOfficer = this.fixture.world
			.signedIn(this.fixture.world.user(Role.COMMISSION_OFFICER, this.fixture.world.commune));
		assertThatThrownBy(
				() -> this.reports.compose(communeOfficer, this.fixture.world.province, this.fixture.period.id()))
			.isInstanceOfSatisfying(DanvanException.class, (ex) -> assertThat(RefusalStatus.of(ex)).isEqualTo(404));
		assertThatThrownBy(() -> this.reports.compose(officer, this.fixture.world.province, 999_999_999L))
			.isInstanceOfSatisfying(DanvanException.class, (ex) -> assertThat(RefusalStatus.of(ex)).isEqualTo(404));
		SignedInUser reporter = this.fixture.world.signedIn(this.fixture.world.communeOfficer);
		assertThatThrownBy(() -> this.reports.compose(reporter, this.fixture.world.commune, this.fixture.period.id()))
			.isInstanceOfSatisfying(DanvanException.class, (ex) -> assertThat(RefusalStatus.of(ex)).isEqualTo(403));
		ReviewDraft draft = this.reports.compose(officer, this.fixture.world.province, this.fixture.period.id());
		assertThatThrownBy(() -> this.reports.get(communeOfficer, draft.id()))
			.isInstanceOfSatisfying(DanvanException.class, (ex) -> assertThat(RefusalStatus.of(ex)).isEqualTo(404));
	}

	@Test
	void impossibleProfileValuesAreRefusedAndAnUnknownFontFallsBack() throws IOException {
		SignedInUser admin = this.fixture.world.signedIn("admin");
		FormatProfile original = this.profiles.current();
		ProfileChange negative = ProfileChange.of(original)
			.withMargins(new BigDecimal("-5"), original.marginBottom(), original.marginLeft(), original.marginRight());
		assertThatThrownBy(() -> this.profiles.change(admin, original.code(), negative)).isInstanceOfSatisfying(
				ProfileRejectedException.class,
				(ex) -> assertThat(ex.issues()).extracting(ProfileRejectedException.Issue::messageKey)
					.containsExactly("documents.profile.error.marginNegative"));
		assertThatThrownBy(
				() -> this.profiles.change(this.fixture.province(), original.code(), ProfileChange.of(original)))
			.isInstanceOfSatisfying(DanvanException.class, (ex) -> assertThat(RefusalStatus.of(ex)).isEqualTo(403));
		try {
			var warnings = this.profiles.change(admin, original.code(),
					ProfileChange.of(original).withFont("Phông Lạ"));
			assertThat(warnings).extracting(ProfileRejectedException.Issue::messageKey)
				.containsExactly("documents.profile.warning.unknownFont");
			assertThat(this.profiles.current().fontName()).isEqualTo("Phông Lạ");
			assertThat(this.profiles.current().effectiveFont()).isEqualTo("Times New Roman");
			assertThatThrownBy(() -> this.profiles.change(admin, original.code(), ProfileChange.of(original)))
				.isInstanceOfSatisfying(DanvanException.class, (ex) -> assertThat(RefusalStatus.of(ex)).isEqualTo(409));
			SignedInUser officer = this.fixture.province();
			ReviewDraft draft = this.reports.compose(officer, this.fixture.world.province, this.fixture.period.id());
			IssuedDocument document = this.reports
				.issue(officer, draft.id(), new IssueRequest(null, null, "Trần Văn Bình", null, null))
				.document();
			try (XWPFDocument docx = new XWPFDocument(
					new ByteArrayInputStream(this.register.docx(officer, document.id())))) {
				XWPFParagraph first = docx.getParagraphs()
					.stream()
					.filter((p) -> !p.getRuns().isEmpty())
					.findFirst()
					.orElseThrow();
				assertThat(run(first).getFontFamily()).isEqualTo("Times New Roman");
			}
		}
		finally {
			FormatProfile now = this.profiles.current();
			this.profiles.change(admin, original.code(),
					new ProfileChange(now.version(), original.name(), original.fontName(), original.bodySize(),
							original.headerSize(), original.partySize(), original.titleSize(), original.marginTop(),
							original.marginBottom(), original.marginLeft(), original.marginRight(), original.indentCm(),
							original.labels(), original.bodies()));
		}
	}

	private Callable<IssuedDocument> issue(CountDownLatch start, SignedInUser officer, long draft) {
		return () -> {
			start.await();
			return this.reports.issue(officer, draft, new IssueRequest(null, null, "Trần Văn Bình", null, null))
				.document();
		};
	}

	private Unit unit(long id) {
		return this.unitsFacade.find(id, UnitScope.today()).orElseThrow();
	}

	private static ReviewDraft.Section section(ReviewDraft draft, long sectionId) {
		return draft.sections().stream().filter((s) -> s.sectionId() == sectionId).findFirst().orElseThrow();
	}

	private static long twips(Object value) {
		return ((BigInteger) value).longValue();
	}

	private static XWPFRun run(XWPFParagraph paragraph) {
		return paragraph.getRuns().get(0);
	}

	private static List<String> texts(List<XWPFParagraph> paragraphs) {
		return paragraphs.stream().map(XWPFParagraph::getText).filter((t) -> !t.isBlank()).toList();
	}

	private static String run(Path dir, String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(out).isZero();
		return out;
	}

}
