package vn.danvan.awards.decisions;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.AuditLog;
import vn.danvan.accounts.AuditQuery;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.awards.AwardForm;
import vn.danvan.awards.Decision;
import vn.danvan.awards.RecipientKind;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.reporting.ReportingFixtures;
import vn.danvan.shared.errors.ConflictException;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.errors.NotFoundException;
import vn.danvan.shared.errors.RejectedException;
import vn.danvan.shared.figures.MeasureQuery;
import vn.danvan.shared.security.Role;
import vn.danvan.units.UnitScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The book of decisions on real PostgreSQL: who may record, recipients within the issuing
 * unit's subtree, a number once per body and year, stale edits refused with what changed,
 * the XLSX import refused whole with every wrong line, the measure and the audit lines.
 */
@DanvanIntegrationTest
class DecisionBookTests {

	@Autowired
	ReportingFixtures fixtures;

	@Autowired
	DecisionBook book;

	@Autowired
	RecipientImport importer;

	@Autowired
	AwardMeasures measures;

	@Autowired
	AuditLog audit;

	ReportingFixture fixture;

	SignedInUser province;

	SignedInUser communeOfficer;

	SignedInUser communeReporter;

	LocalDate today;

	@BeforeEach
	void aProvinceWithTwoCommunes() {
		this.fixture = this.fixtures.create();
		this.province = this.fixture.signedIn(this.fixture.provinceOfficer);
		this.communeOfficer = this.fixture.signedIn(this.fixture.user(Role.COMMISSION_OFFICER, this.fixture.commune));
		this.communeReporter = this.fixture.signedIn(this.fixture.communeOfficer);
		this.today = UnitScope.today();
	}

	DecisionForm form(String number, long unit, LocalDate on) {
		return new DecisionForm(number, on, unit, AwardForm.GIAY_KHEN, "Thành tích xuất sắc", "Dân vận khéo", null);
	}

	MeasureQuery window(long unit) {
		return new MeasureQuery(unit, LocalDate.of(this.today.getYear(), 1, 1), this.today, this.today);
	}

	long count(Map<String, String> filters, MeasureQuery query) {
		return this.measures.evaluate(AwardMeasures.RECIPIENTS, filters, query).value().longValueExact();
	}

	@Test
	void theProvinceRecordsADecisionItsRecipientsAreCountedAndAudited() {
		Decision d = this.book.record(this.province, form("12-QĐ/BDVTU", this.fixture.province, this.today));
		long id = d.id().value();
		this.book.addRecipients(this.province, id,
				List.of(new RecipientForm(RecipientKind.COLLECTIVE, "", "", this.fixture.commune, null),
						new RecipientForm(RecipientKind.INDIVIDUAL, "Nguyễn Văn An", "Bí thư chi bộ",
								this.fixture.commune, null),
						new RecipientForm(RecipientKind.INDIVIDUAL, "Trần Thị Bình", "Chi hội trưởng",
								this.fixture.otherCommune, null)),
				false);
		Decision read = this.book.get(this.province, id);
		assertThat(read.collectives()).isEqualTo(1);
		assertThat(read.individuals()).isEqualTo(2);
		assertThat(read.recipients().get(0).jobTitle()).isEmpty();

		assertThat(count(Map.of(), window(this.fixture.province))).isEqualTo(3);
		assertThat(count(Map.of(), window(this.fixture.centre))).isEqualTo(3);
		assertThat(count(Map.of("kind", "INDIVIDUAL"), window(this.fixture.province))).isEqualTo(2);
		assertThat(count(Map.of("kind", "COLLECTIVE", "form", "GIAY_KHEN"), window(this.fixture.province)))
			.isEqualTo(1);
		assertThat(count(Map.of("form", "BANG_KHEN"), window(this.fixture.province))).isZero();
		assertThat(count(Map.of("campaign", "dan van kheo"), window(this.fixture.province))).isEqualTo(3);
		assertThat(count(Map.of("campaign", "Dân vận chính quyền"), window(this.fixture.province))).isZero();
		assertThat(count(Map.of(), window(this.fixture.commune))).as("issued by the province, not the commune")
			.isZero();
		assertThat(count(Map.of(), new MeasureQuery(this.fixture.province, LocalDate.of(2020, 1, 1),
				LocalDate.of(2020, 12, 31), this.today)))
			.isZero();
		assertThat(this.measures
			.evaluate(AwardMeasures.RECIPIENTS, Map.of("kind", "INDIVIDUAL"), window(this.fixture.province))
			.listPath()).startsWith("/awards?unit=" + this.fixture.province).contains("kind=INDIVIDUAL");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> count(Map.of("kind", "SOMEONE"), window(this.fixture.province)));

		assertThat(this.audit.find(new AuditQuery(null, null, this.fixture.province, null, null, null, 100)))
			.extracting(vn.danvan.accounts.AuditEntry::action)
			.contains("AWARD_DECISION_RECORDED", "AWARD_RECIPIENTS_ADDED");
		assertThat(this.book.search(this.communeReporter, DecisionSearch.all(), 10)).as("issued above the commune")
			.isEmpty();
		assertThat(this.book.search(this.province,
				new DecisionSearch(null, null, "nguyen van an", null, null, null, null, null), 10))
			.extracting(Decision::id)
			.containsExactly(d.id());
	}

	@Test
	void whoMayRecordAndWhereRecipientsMayBe() {
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.book.record(this.communeReporter, form("1/QĐ", this.fixture.commune, this.today)));
		// The province lies outside the commune officer's scope: not found (404), as any
		// object outside it (docs/security.md).
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.book.record(this.communeOfficer, form("1/QĐ", this.fixture.province, this.today)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("awards.error.issuingUnitOutside"));
		Decision commune = this.book.record(this.communeOfficer, form("1/QĐ", this.fixture.commune, this.today));
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.book.addRecipients(this.communeOfficer, commune.id().value(),
					List.of(new RecipientForm(RecipientKind.INDIVIDUAL, "Lê Văn C", "", this.fixture.commune, null),
							new RecipientForm(RecipientKind.COLLECTIVE, "", "", this.fixture.otherCommune, null)),
					false))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("awards.error.recipientOutside"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("unitId"));
		assertThat(this.book.get(this.communeOfficer, commune.id().value()).recipients()).as("nothing half-saved")
			.isEmpty();
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.book.addRecipient(this.communeOfficer, commune.id().value(),
					new RecipientForm(RecipientKind.INDIVIDUAL, " ", "", this.fixture.commune, null)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("awards.error.nameRequired"));
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.book.addRecipient(this.communeOfficer, commune.id().value(),
					new RecipientForm(RecipientKind.COLLECTIVE, "", "", this.fixture.commune, 999_999_999L)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("awards.error.practiceUnknown"));
		assertThatExceptionOfType(ForbiddenException.class).as("the commune's reporter reads, does not change")
			.isThrownBy(() -> this.book.addRecipient(this.communeReporter, commune.id().value(),
					new RecipientForm(RecipientKind.COLLECTIVE, "", "", this.fixture.commune, null)));
		SignedInUser other = this.fixture.signedIn(this.fixture.otherCommuneOfficer);
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.book.get(other, commune.id().value()));
		this.book.addRecipient(this.province, commune.id().value(),
				new RecipientForm(RecipientKind.COLLECTIVE, "Chi hội Phụ nữ thôn 1", "", this.fixture.commune, null));
		assertThat(this.book.get(this.province, commune.id().value()).recipients()).hasSize(1);
	}

	@Test
	void aNumberIsUsedOncePerBodyAndYearAndAStaleEditIsRefusedWithWhatChanged() {
		Decision first = this.book.record(this.province, form("45-QĐ/BDVTU", this.fixture.province, this.today));
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.book.record(this.province,
					form(" 45-qđ/bdvtu ", this.fixture.province, this.today.withDayOfYear(1))))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("awards.error.numberUsed"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("number"));
		this.book.record(this.province,
				form("45-QĐ/BDVTU", this.fixture.province, LocalDate.of(this.today.getYear() - 1, 5, 1)));
		this.book.record(this.communeOfficer, form("45-QĐ/BDVTU", this.fixture.commune, this.today));
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(
					() -> this.book.record(this.province, form("46", this.fixture.province, this.today.plusDays(1))))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("awards.error.dateInFuture"));
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.book.record(this.province, form("x".repeat(65), this.fixture.province, this.today)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("input.error.tooLong"));

		long id = first.id().value();
		Decision changed = this.book.change(this.province, id, new DecisionForm("45-QĐ/BDVTU", this.today,
				this.fixture.province, AwardForm.BANG_KHEN, "Lý do mới", "Dân vận khéo", first.version()));
		assertThat(changed.form()).isEqualTo(AwardForm.BANG_KHEN);
		assertThat(changed.version()).isEqualTo(first.version() + 1);
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.book.change(this.province, id,
					new DecisionForm("45-QĐ/BDVTU", this.today, this.fixture.province, AwardForm.GIAY_KHEN, "Lý do cũ",
							"Dân vận khéo", first.version())))
			.satisfies((ex) -> assertThat(ex.changes()).extracting((c) -> ((Difference) c).field())
				.containsExactly("form", "reason"));
		assertThat(this.book.get(this.province, id).reason()).isEqualTo("Lý do mới");
		assertThat(this.audit
			.find(new AuditQuery(null, "AWARD_DECISION_CHANGED", this.fixture.province, null, null, null, 10)))
			.hasSize(1);
	}

	@Test
	void anImportWithAWrongLineSavesNothingAndListsEveryWrongLine() throws IOException {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
		Decision d = this.book.record(this.province, form("7/QĐ", this.fixture.province, this.today));
		long id = d.id().value();
		byte[] bad = xlsx(new String[][] { { "1", "Tập thể", "", "", this.fixture.prefix + "C1" },
				{ "2", "Cá nhân", "", "Bí thư", this.fixture.prefix + "C1" },
				{ "3", "Cá nhân", "Lê Văn D", "", "Xã Không Có" }, { "4", "Đoàn thể", "Hội Nông dân", "", "" } });
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.importer.importRecipients(this.province, id, new ByteArrayInputStream(bad)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("awards.import.failed"))
			.satisfies((ex) -> assertThat((List<?>) ex.properties().get("lines")).hasSize(3)
				.anySatisfy((l) -> assertThat(l.toString()).startsWith("Dòng 3:").contains("họ tên"))
				.anySatisfy((l) -> assertThat(l.toString()).startsWith("Dòng 4:").contains("Xã Không Có"))
				.anySatisfy((l) -> assertThat(l.toString()).startsWith("Dòng 5:")));
		assertThat(this.book.get(this.province, id).recipients()).isEmpty();

		byte[] good = xlsx(
				new String[][] { { "1", "Tập thể", "", "", this.fixture.prefix + "C1" },
						{ "2", "cá nhân", "Lê Văn D", "Trưởng thôn",
								"xa hoa binh " + this.fixture.prefix.toLowerCase() },
						{ "", "", "", "", "" },
						{ "3", "Tập thể", "Chi đoàn thôn 2", "", "Xã Bình An " + this.fixture.prefix } });
		Decision after = this.importer.importRecipients(this.province, id, new ByteArrayInputStream(good));
		assertThat(after.recipients()).extracting((r) -> r.unitId())
			.containsExactly(this.fixture.commune, this.fixture.otherCommune, this.fixture.commune);
		assertThat(after.recipients().get(1).name()).isEqualTo("Lê Văn D");
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.importer.importRecipients(this.province, id,
					new ByteArrayInputStream("not a workbook".getBytes())))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("awards.import.unreadable"));
		LocaleContextHolder.resetLocaleContext();
	}

	static byte[] xlsx(String[][] rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Danh sách");
			String[] header = { "STT", "Loại", "Họ tên / tên tập thể", "Chức vụ", "Đơn vị" };
			Row first = sheet.createRow(0);
			for (int c = 0; c < header.length; c++) {
				first.createCell(c).setCellValue(header[c]);
			}
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
