package vn.danvan.reporting.excel;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.danvan.MvcSignIn;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.shared.security.Role;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.catalogue.CatalogueDefinition.SectionDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.TemplateDefinition;
import vn.danvan.reporting.periods.OpenPeriod;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.PeriodType;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.submissions.Revision;
import vn.danvan.reporting.Section;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.submissions.SubmissionContent;
import vn.danvan.reporting.Submissions;
import vn.danvan.units.tree.UnitAdministration;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.reporting.ReportingFixture.values;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DanvanIntegrationTest
class SubmissionExcelControllerTests {

	private static final Pattern CONFIRM = Pattern.compile("/excel/([0-9a-f-]{36})/confirm");

	@Autowired
	MockMvc mvc;

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
	JdbcClient jdbc;

	ReportingFixture world;

	Period period;

	Submission submission;

	long resultsSection;

	Cookie commune;

	@BeforeEach
	void setUp() throws Exception {
		this.world = new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods);
		this.period = this.world.openPeriod("6 tháng đầu năm 2033", LocalDate.of(2032, 12, 15),
				LocalDate.of(2033, 6, 14), LocalDate.of(2033, 6, 20));
		this.submission = own(this.world.commune, this.period);
		this.resultsSection = this.world.template.sections()
			.stream()
			.filter(Section::narrative)
			.findFirst()
			.orElseThrow()
			.id();
		this.submission = this.submissions.save(signedIn(this.world.communeOfficer), this.submission.id(),
				this.submission.version(), Map.of(code("REG") + ".A", "5", code("EFF"), "3", code("NOTE"), "Tốt"),
				Map.of(), "FORM");
		this.commune = signIn(this.world.communeOfficer);
	}

	@Test
	void theFileDownloadsWithAVietnameseSafeName() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/reporting/submissions/{id}/excel", this.submission.id()).cookie(this.commune)
				.header("Accept-Language", "vi"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo(ExcelFile.CONTENT_TYPE);
		String fileName = code("TPL") + "-" + this.world.prefix + "C1-" + this.period.id() + ".xlsx";
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"" + fileName + "\"; filename*=UTF-8''" + fileName);
		try (XSSFWorkbook workbook = ExcelTestFiles.open(result.getResponse().getContentAsByteArray())) {
			assertThat(workbook.getSheet("Báo cáo").getProtect()).isTrue();
		}
		assertThat(SubmissionExcelController.attachment("Báo cáo Đắk Lắk.xlsx"))
			.isEqualTo("attachment; filename=\"Bao_cao_Dak_Lak.xlsx\"; "
					+ "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20%C4%90%E1%BA%AFk%20L%E1%BA%AFk.xlsx");
	}

	@Test
	void aFilledFileShowsExactlyWhatChangesAndConfirmingSavesItAsAnExcelRevision() throws Exception {
		byte[] filled = ExcelTestFiles.fill(download(this.commune, this.submission),
				values(code("REG") + ".A", 5, code("REG") + ".B", "1.234", code("MEM"), 60, code("ELIG"), "80",
						code("NOTE"), null, "section-" + this.resultsSection, "Phong trào thi đua sôi nổi."));
		String page = upload(this.commune, this.submission, filled, 200);
		assertThat(page).contains("Xem trước thay đổi từ tệp Excel", "Tệp sẽ cập nhật 5 ô của báo cáo")
			.contains("Số mô hình đăng ký — Xã hội", "1.234", "Số hội viên", "Số người thuộc đối tượng", "Ghi chú",
					"Phong trào thi đua sôi nổi.", "Kết quả")
			.doesNotContain("Số mô hình đăng ký — Kinh tế", "Số mô hình hiệu quả");
		UUID uploadId = uploadId(page);
		assertThat(this.jdbc.sql("select base_version from reporting.excel_upload where id = ?")
			.param(uploadId)
			.query(Integer.class)
			.single()).isEqualTo(this.submission.version());

		this.mvc
			.perform(post("/reporting/submissions/{id}/excel/{upload}/confirm", this.submission.id(), uploadId)
				.cookie(this.commune)
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/reporting/submissions/" + this.submission.id()))
			.andExpect(flash().attribute("successKey", "reporting.excel.applied"));

		Submission after = this.submissions.get(signedIn(this.world.communeOfficer), this.submission.id());
		assertThat(after.version()).isEqualTo(this.submission.version() + 1);
		SubmissionContent content = this.submissions.content(after);
		assertThat(content.numbers().get(code("REG") + ".B")).isEqualByComparingTo("1234");
		assertThat(content.numbers().get(code("MEM"))).isEqualByComparingTo("60");
		assertThat(content.numbers().get(code("ELIG"))).isEqualByComparingTo("80");
		assertThat(content.numbers().get(code("REG") + ".A")).isEqualByComparingTo("5");
		assertThat(content.texts()).doesNotContainKey(code("NOTE"));
		assertThat(content.narratives()).containsEntry(this.resultsSection, "Phong trào thi đua sôi nổi.");
		List<Revision> revisions = this.submissions.revisions(signedIn(this.world.communeOfficer),
				this.submission.id());
		assertThat(revisions.get(revisions.size() - 1)).satisfies((revision) -> {
			assertThat(revision.source()).isEqualTo("EXCEL");
			assertThat(revision.changes()).hasSize(5);
		});
		assertThat(auditCount("SUBMISSION_EXCEL_UPLOADED")).isEqualTo(1);
		assertThat(auditCount("SUBMISSION_EXCEL_APPLIED")).isEqualTo(1);

		String again = this.mvc
			.perform(post("/reporting/submissions/{id}/excel/{upload}/confirm", this.submission.id(), uploadId)
				.cookie(this.commune)
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(again).contains("Bản xem trước đã hết hạn, đã được xác nhận");
	}

	@Test
	void anUnchangedFileHasNothingToConfirm() throws Exception {
		String page = upload(this.commune, this.submission, download(this.commune, this.submission), 200);
		assertThat(page).contains("Tệp không có thay đổi nào so với báo cáo hiện tại").doesNotContain("confirm-form");
	}

	@Test
	void textInANumberCellIsShownBesideItAndCannotBeConfirmed() throws Exception {
		byte[] filled = ExcelTestFiles.fill(download(this.commune, this.submission),
				values(code("REG") + ".A", "mười", code("MEM"), 70));
		String page = upload(this.commune, this.submission, filled, 422);
		assertThat(page).contains("Có 1 ô không hợp lệ", "&quot;mười&quot; không phải là số", "Số hội viên")
			.doesNotContain("confirm-form");
		assertThat(this.jdbc.sql("select count(*) from reporting.excel_upload where submission_id = ?")
			.param(this.submission.id())
			.query(Long.class)
			.single()).isZero();
		assertUnchanged();
	}

	@Test
	void corruptAndPasswordProtectedFilesAreRefused() throws Exception {
		assertThat(upload(this.commune, this.submission, "không phải Excel".getBytes(StandardCharsets.UTF_8), 422))
			.contains("không phải tệp Excel .xlsx hoặc đã bị hỏng");
		byte[] good = download(this.commune, this.submission);
		byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
		assertThat(upload(this.commune, this.submission, truncated, 422))
			.contains("không phải tệp Excel .xlsx hoặc đã bị hỏng");
		assertThat(upload(this.commune, this.submission, ExcelTestFiles.encrypt(good, "mat-khau"), 422))
			.contains("đang được đặt mật khẩu mở tệp");
		assertThat(auditCount("SUBMISSION_EXCEL_REFUSED")).isEqualTo(3);
		assertUnchanged();
	}

	@Test
	void aFileWithoutItsIdentificationOrWithItChangedIsRefused() throws Exception {
		byte[] good = download(this.commune, this.submission);
		byte[] withoutSheet;
		byte[] tampered;
		try (XSSFWorkbook workbook = ExcelTestFiles.open(good)) {
			workbook.getSheet("_danvan").getRow(5).getCell(1).setCellValue("99");
			tampered = ExcelTestFiles.bytes(workbook);
			workbook.removeSheetAt(workbook.getSheetIndex("_danvan"));
			withoutSheet = ExcelTestFiles.bytes(workbook);
		}
		assertThat(upload(this.commune, this.submission, withoutSheet, 422))
			.contains("không phải biểu mẫu tải về từ Danvan");
		assertThat(upload(this.commune, this.submission, tampered, 422))
			.contains("Thông tin nhận dạng báo cáo trong tệp đã bị thay đổi");
		assertUnchanged();
	}

	@Test
	void aFileOfAnotherUnitOrTemplateVersionIsRefused() throws Exception {
		// The other commune's officer uploads commune A's file into their own report.
		Cookie other = signIn(this.world.otherCommuneOfficer);
		Submission otherCommune = own(this.world.otherCommune, this.period);
		byte[] communeA = ExcelTestFiles.fill(download(this.commune, this.submission), values(code("MEM"), 5));
		assertThat(upload(other, otherCommune, communeA, 422)).contains("Tệp là báo cáo của một đơn vị khác");

		SignedInUser admin = signedIn("admin");
		this.catalogue.defineTemplate(admin,
				new TemplateDefinition(code("TPL"), "Báo cáo thử " + this.world.prefix, "", List.of("COMMUNE"),
						List.of(), List.of(new SectionDefinition(1, "1.", "Hội viên", "", false,
								List.of(code("MEM"), code("ELIG"), code("RATE"))))));
		Period next = this.periods.open(signedIn(this.world.provinceOfficer),
				new OpenPeriod(this.world.template.template().id(), PeriodType.SIX_MONTH, "6 tháng cuối năm 2033",
						LocalDate.of(2033, 6, 15), LocalDate.of(2033, 12, 14), LocalDate.of(2033, 12, 20),
						List.of(this.world.province)));
		assertThat(next.templateVersionId()).isNotEqualTo(this.period.templateVersionId());
		Submission nextReport = own(this.world.commune, next);
		assertThat(upload(this.commune, nextReport,
				ExcelTestFiles.fill(download(this.commune, this.submission), values(code("MEM"), 5)), 422))
			.contains("Tệp được lập theo một phiên bản biểu mẫu khác");
		assertUnchanged();
		assertThat(
				this.submissions.content(this.submissions.get(signedIn(this.world.provinceOfficer), otherCommune.id()))
					.numbers())
			.isEmpty();
	}

	@Test
	void aFileWithAnEditedLabelIsRefused() throws Exception {
		byte[] edited;
		try (XSSFWorkbook workbook = ExcelTestFiles.open(download(this.commune, this.submission))) {
			int row = ExcelTestFiles.row(workbook, code("EFF"));
			workbook.getSheet("Báo cáo").getRow(row).getCell(1).setCellValue("Số mô hình (đã sửa tên)");
			workbook.getSheet("Báo cáo").getRow(ExcelTestFiles.row(workbook, code("MEM"))).getCell(3).setCellValue(9);
			edited = ExcelTestFiles.bytes(workbook);
			assertThat(upload(this.commune, this.submission, edited, 422))
				.contains("Tệp đã bị sửa ngoài các ô được phép nhập (ô B" + (row + 1));
		}
		byte[] extra;
		try (XSSFWorkbook workbook = ExcelTestFiles.open(download(this.commune, this.submission))) {
			workbook.getSheet("Báo cáo").getRow(2).createCell(6).setCellValue("ghi thêm");
			extra = ExcelTestFiles.bytes(workbook);
		}
		assertThat(upload(this.commune, this.submission, extra, 422)).contains("ngoài các ô được phép nhập (ô G3");
		assertUnchanged();
	}

	@Test
	void aFileOlderThanAnotherUsersChangeIsRefusedWithWhatChanged() throws Exception {
		byte[] file = ExcelTestFiles.fill(download(this.commune, this.submission), values(code("MEM"), 70));
		// A colleague of the same commune (only the unit's own officers edit its report).
		String colleague = this.world.user(Role.REPORTING_OFFICER, this.world.commune);
		Submission changed = this.submissions.save(signedIn(colleague), this.submission.id(), this.submission.version(),
				Map.of(code("ELIG"), "500"), Map.of(), "FORM");
		String page = upload(this.commune, this.submission, file, 422);
		assertThat(page).contains("Tệp được tải về ở phiên bản " + this.submission.version())
			.contains(colleague + " đã sửa báo cáo (phiên bản hiện tại " + changed.version() + ")")
			.contains("Các thay đổi từ khi tệp được tải về", "Số người thuộc đối tượng", "500");
		assertThat(this.submissions.content(changed).numbers()).doesNotContainKey(code("MEM"));
	}

	@Test
	void aChangeBetweenPreviewAndConfirmationIsRefusedWithWhatChanged() throws Exception {
		byte[] file = ExcelTestFiles.fill(download(this.commune, this.submission), values(code("MEM"), 70));
		UUID uploadId = uploadId(upload(this.commune, this.submission, file, 200));
		String colleague = this.world.user(Role.REPORTING_OFFICER, this.world.commune);
		this.submissions.save(signedIn(colleague), this.submission.id(), this.submission.version(),
				Map.of(code("ELIG"), "500"), Map.of(), "FORM");
		String page = this.mvc
			.perform(post("/reporting/submissions/{id}/excel/{upload}/confirm", this.submission.id(), uploadId)
				.cookie(this.commune)
				.with(csrf()))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Báo cáo vừa được " + colleague + " lưu", "Số người thuộc đối tượng");
	}

	@Test
	void onlyThoseWhoMayEditUploadAndNobodyOutsideTheScopeSeesTheReport() throws Exception {
		Cookie other = signIn(this.world.otherCommuneOfficer);
		this.mvc.perform(get("/reporting/submissions/{id}/excel", this.submission.id()).cookie(other))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(multipart("/reporting/submissions/{id}/excel", this.submission.id())
				.file(new MockMultipartFile("file", "x.xlsx", ExcelFile.CONTENT_TYPE, new byte[] { 1 }))
				.cookie(other)
				.with(csrf()))
			.andExpect(status().isNotFound());

		Cookie viewer = signIn(this.world.user(Role.VIEWER, this.world.commune));
		byte[] file = ExcelTestFiles.fill(download(viewer, this.submission), values(code("MEM"), 70));
		assertThat(
				this.mvc.perform(get("/reporting/submissions/{id}/excel/upload", this.submission.id()).cookie(viewer))
					.andExpect(status().isForbidden())
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8))
			.contains("không có quyền")
			.doesNotContain("excel-upload-form");
		assertThat(upload(viewer, this.submission, file, 403)).contains("không có quyền");

		String form = this.mvc
			.perform(get("/reporting/submissions/{id}/excel/upload", this.submission.id()).cookie(this.commune))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains("excel-upload-form", "Tải tệp Excel");
		this.submissions.submit(signedIn(this.world.communeOfficer), this.submission.id(), null);
		assertThat(upload(this.commune, this.submission, file, 409))
			.contains("Báo cáo đang ở trạng thái &quot;Đã nộp&quot;");
		assertUnchanged();
	}

	private byte[] download(Cookie session, Submission report) throws Exception {
		return this.mvc.perform(get("/reporting/submissions/{id}/excel", report.id()).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private String upload(Cookie session, Submission report, byte[] bytes, int expectedStatus) throws Exception {
		return this.mvc
			.perform(multipart("/reporting/submissions/{id}/excel", report.id())
				.file(new MockMultipartFile("file", "bao-cao.xlsx", ExcelFile.CONTENT_TYPE, bytes))
				.cookie(session)
				.with(csrf()))
			.andExpect(status().is(expectedStatus))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static UUID uploadId(String page) {
		Matcher matcher = CONFIRM.matcher(page);
		assertThat(matcher.find()).as("a confirmation form").isTrue();
		return UUID.fromString(matcher.group(1));
	}

	private void assertUnchanged() {
		Submission now = this.submissions.get(signedIn(this.world.communeOfficer), this.submission.id());
		assertThat(this.submissions.content(now).numbers()).containsOnlyKeys(code("REG") + ".A", code("EFF"));
		assertThat(this.submissions.revisions(signedIn(this.world.communeOfficer), this.submission.id()))
			.extracting(Revision::source)
			.doesNotContain("EXCEL");
	}

	private long auditCount(String action) {
		return this.jdbc.sql("select count(*) from accounts.audit_log where action = ? and target_id = ?")
			.params(action, String.valueOf(this.submission.id()))
			.query(Long.class)
			.single();
	}

	private Submission own(long unitId, Period of) {
		return this.submissions.find(signedIn(this.world.provinceOfficer), of.id(), unitId).orElseThrow();
	}

	private SignedInUser signedIn(String username) {
		return this.world.signedIn(username);
	}

	private Cookie signIn(String username) throws Exception {
		String password = username.equals("admin") ? DanvanIntegrationTest.ADMIN_PASSWORD : ReportingFixture.PASSWORD;
		return MvcSignIn.session(this.mvc, username, password);
	}

	private String code(String name) {
		return this.world.code(name);
	}

}
