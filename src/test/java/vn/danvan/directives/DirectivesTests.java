package vn.danvan.directives;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestFiles;
import vn.danvan.units.RealAdministrativeUnits;
import vn.danvan.units.Unit;
import vn.danvan.units.imports.UnitImports;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;
import vn.danvan.directives.register.DirectiveSearch;
import vn.danvan.directives.register.Upload;
import vn.danvan.directives.register.Attachment;
import vn.danvan.directives.recognition.DirectiveReference;
import vn.danvan.directives.recognition.UnknownReference;
import vn.danvan.directives.recognition.Mention;
import vn.danvan.directives.recognition.Resolution;
import vn.danvan.shared.errors.ConflictException;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.errors.NotFoundException;
import vn.danvan.shared.errors.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The register on the real database: the catalogue, search without diacritics, the bad
 * input of the issue (nothing half-saved), attachments, scope, mentions and unknown
 * references.
 */
@DanvanIntegrationTest
class DirectivesTests {

	@Autowired
	Directives directives;

	@Autowired
	DirectiveMentions mentions;

	@Autowired
	DirectiveCatalogue catalogue;

	@Autowired
	UnitImports imports;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	final TestUser admin = TestUser.systemAdministrator();

	@BeforeEach
	void catalogue() throws IOException {
		RealAdministrativeUnits.importOnce(this.imports);
		this.catalogue.load("test");
	}

	@Test
	void theCatalogueLoadsOnceAndIsSearchableWithoutDiacritics() {
		assertThat(this.catalogue.load("test")).isZero();
		assertThat(search("dan van tinh hinh moi", null, null, null)).contains("25-NQ/TW");
		assertThat(search("25-nq", null, null, null)).containsExactly("25-NQ/TW");
		assertThat(search(null, null, "bo chinh tri", 2013)).contains("217-QĐ/TW", "218-QĐ/TW")
			.doesNotContain("25-NQ/TW");
		assertThat(search("giam sat phan bien", DirectiveType.DIRECTIVE, null, null)).containsExactly("18-CT/TW");
		assertThat(search("QĐI", null, null, 2019)).containsExactly("11-QĐi/TW");
		assertThat(this.directives.search(this.admin, DirectiveSearch.all())).extracting(Directive::symbol)
			.contains("60-NQ/TW", "1035-TB/TU");
	}

	@Test
	void theSameSymbolAndIssuerTwiceIsRefused() {
		DirectiveForm duplicate = form(DirectiveType.RESOLUTION, " 25 - nq / tw ", LocalDate.of(2013, 6, 3),
				"Ban Chấp hành  Trung ương (khóa XI)");
		int before = count();
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.directives.register(this.admin, duplicate, List.of(), "127.0.0.1"))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("symbol");
				assertThat(ex.messageKey()).isEqualTo("directives.error.duplicate");
			});
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void anIssuedDirectiveCannotBeDatedInTheFuture() {
		DirectiveForm future = form(DirectiveType.DIRECTIVE, unique("CT/TU"), UnitScope.today().plusDays(1),
				"Ban Thường vụ Tỉnh ủy");
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.directives.register(this.admin, future, List.of(), null))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("directives.error.dateInFuture"));
	}

	@Test
	void aBadAttachmentSavesNothing() throws IOException {
		String symbol = unique("NQ/TU");
		DirectiveForm form = form(DirectiveType.RESOLUTION, symbol, LocalDate.of(2024, 1, 5), "Tỉnh ủy");
		Upload notPdf = new Upload("nghi-quyet.pdf", "<html>không phải PDF</html>".getBytes(StandardCharsets.UTF_8));
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.directives.register(this.admin, form, List.of(pdf(), notPdf), null))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("directives.error.fileType"));
		Upload zipWithoutWord = new Upload("bang.docx", zip("xl/workbook.xml"));
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.directives.register(this.admin, form, List.of(zipWithoutWord), null));
		// Checked by parsing (issue 18): a ZIP naming word/document.xml but no Word
		// document, a DOCX cut
		// off, "%PDF" alone and a PDF without its end are refused.
		byte[] docx = TestFiles.docx("Kế hoạch");
		byte[] pdf = TestFiles.pdf();
		for (Upload bad : List.of(new Upload("gia.docx", zip("word/document.xml")),
				new Upload("cat.docx", java.util.Arrays.copyOf(docx, 200)),
				new Upload("rong.pdf", "%PDF".getBytes(StandardCharsets.US_ASCII)),
				new Upload("cat.pdf", java.util.Arrays.copyOf(pdf, pdf.length - 12)))) {
			assertThatExceptionOfType(RejectedException.class).as(bad.fileName())
				.isThrownBy(() -> this.directives.register(this.admin, form, List.of(bad), null))
				.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("directives.error.fileType"));
		}
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.directives.register(this.admin, form, List.of(new Upload("lon.pdf", big)), null))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("directives.error.fileTooLarge"));
		assertThat(search(symbol, null, null, null)).isEmpty();

		Directive created = this.directives.register(this.admin, form,
				List.of(pdf(), new Upload("ke-hoach.docx", TestFiles.docx("Kế hoạch thực hiện"))), null);
		assertThat(this.directives.attachments(this.admin, created.id())).extracting(Attachment::contentType)
			.containsExactly("application/pdf",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	@Test
	void aCycleOfReplacedByIsRefused() {
		Directive first = this.directives.register(this.admin,
				form(DirectiveType.DIRECTIVE, unique("CT/TU"), LocalDate.of(2020, 1, 1), "Tỉnh ủy"), List.of(), null);
		Directive second = this.directives.register(this.admin,
				new DirectiveForm(DirectiveType.DIRECTIVE, unique("CT/TU"), LocalDate.of(2021, 1, 1), "Tỉnh ủy",
						"Thay thế", "", DirectiveStatus.IN_FORCE, null, null),
				List.of(), null);
		Directive third = this.directives.register(this.admin,
				new DirectiveForm(DirectiveType.DIRECTIVE, unique("CT/TU"), LocalDate.of(2022, 1, 1), "Tỉnh ủy",
						"Thay thế lần hai", "", DirectiveStatus.IN_FORCE, null, null),
				List.of(), null);
		this.directives.change(this.admin, first.id(), replacedBy(first, second.id()), null);
		this.directives.change(this.admin, second.id(), replacedBy(second, third.id()), null);
		Directive last = this.directives.get(this.admin, third.id());
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.directives.change(this.admin, third.id(), replacedBy(last, first.id()), null))
			.satisfies((ex) -> {
				assertThat(ex.messageKey()).isEqualTo("directives.error.cycle");
				assertThat(ex.field()).isEqualTo("replacedById");
			});
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.directives.change(this.admin, third.id(), replacedBy(last, third.id()), null));
		assertThat(this.directives.get(this.admin, third.id()).status()).isEqualTo(DirectiveStatus.IN_FORCE);
		assertThat(this.directives.get(this.admin, first.id()).replacedBySymbol()).isEqualTo(second.symbol());
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.directives.change(this.admin, third.id(), replacedBy(last, null), null))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("directives.error.successorRequired"));
	}

	@Test
	void aChangeFromAStaleFormIsRefused() {
		Directive created = this.directives.register(this.admin,
				form(DirectiveType.PLAN, unique("KH/TU"), LocalDate.of(2023, 3, 1), "Tỉnh ủy"), List.of(), null);
		DirectiveForm edit = new DirectiveForm(created.type(), created.symbol(), created.issuedOn(), created.issuer(),
				"Trích yếu mới", "", DirectiveStatus.AMENDED, null, created.version());
		this.directives.change(this.admin, created.id(), edit, null);
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.directives.change(this.admin, created.id(), edit, null))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("directives.error.stale"));
	}

	@Test
	void aDirectiveOfAProvinceIsSeenInItsSubtreeAndAboveButNotByAnotherProvince() {
		LocalDate today = UnitScope.today();
		Unit province = this.units.findByCode(UnitLevel.PROVINCE, "51", today).orElseThrow();
		Unit other = this.units.findByCode(UnitLevel.PROVINCE, "01", today).orElseThrow();
		Unit commune = this.units.descendants(province.id(), today, UnitLevel.COMMUNE).get(0);
		Directive local = this.directives.register(TestUser.officerOf(province.id()),
				form(DirectiveType.DIRECTIVE, unique("CT/TU"), LocalDate.of(2025, 8, 1), "Ban Thường vụ Tỉnh ủy"),
				List.of(), null);
		assertThat(local.ownerUnitId()).isEqualTo(province.id());
		assertThat(this.directives.get(TestUser.officerOf(commune.id()), local.id())).isNotNull();
		assertThat(this.directives.get(this.admin, local.id())).isNotNull();
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.directives.get(TestUser.officerOf(other.id()), local.id()));
		assertThat(this.directives.search(TestUser.officerOf(other.id()), DirectiveSearch.all()))
			.extracting(Directive::id)
			.doesNotContain(local.id())
			.isNotEmpty();
		assertThat(this.directives.get(TestUser.officerOf(other.id()), directive("25-NQ/TW").id())).isNotNull();
	}

	@Test
	void aDirectiveOfAProvinceIsChangedOnlyByItsOwnOfficersOrAboveNeverByACommuneBelowIt() {
		LocalDate today = UnitScope.today();
		Unit province = this.units.findByCode(UnitLevel.PROVINCE, "51", today).orElseThrow();
		Unit commune = this.units.descendants(province.id(), today, UnitLevel.COMMUNE).get(0);
		Directive local = this.directives.register(TestUser.officerOf(province.id()),
				form(DirectiveType.PLAN, unique("KH/TU"), LocalDate.of(2025, 8, 1), "Tỉnh ủy"), List.of(), null);
		DirectiveForm edit = new DirectiveForm(local.type(), local.symbol(), local.issuedOn(), local.issuer(),
				"Trích yếu do xã sửa", "", DirectiveStatus.IN_FORCE, null, local.version());
		assertThat(this.directives.canChange(TestUser.officerOf(commune.id()), local)).isFalse();
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.directives.change(TestUser.officerOf(commune.id()), local.id(), edit, null));
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.directives.remove(TestUser.officerOf(commune.id()), local.id(), null));
		assertThatExceptionOfType(ForbiddenException.class).isThrownBy(
				() -> this.directives.change(TestUser.officerOf(commune.id()), directive("25-NQ/TW").id(), edit, null));
		assertThat(this.directives.get(this.admin, local.id()).summary()).isEqualTo(local.summary());
		assertThat(this.directives.change(TestUser.officerOf(province.id()), local.id(), edit, null).summary())
			.isEqualTo("Trích yếu do xã sửa");
	}

	@Test
	void aMentionIsShownOnlyToUsersWhoseScopeHoldsTheUnitOfItsText() {
		LocalDate today = UnitScope.today();
		Unit quangNgai = this.units.findByCode(UnitLevel.PROVINCE, "51", today).orElseThrow();
		Unit haNoi = this.units.findByCode(UnitLevel.PROVINCE, "01", today).orElseThrow();
		Unit ward = this.units.descendants(haNoi.id(), today, UnitLevel.COMMUNE).get(0);
		String sourceId = "mat-" + UUID.randomUUID();
		this.directives.recordMentions("PASTED_TEXT", sourceId, "Biên bản mật", null, ward.id(),
				"Biên bản mật: quán triệt Nghị quyết số 25 của Bộ Chính trị.");
		Directive resolution25 = directive("25-NQ/TW");
		assertThat(this.mentions.ofDirective(TestUser.officerOf(haNoi.id()), resolution25))
			.extracting(Mention::sourceId)
			.contains(sourceId);
		assertThat(this.mentions.ofDirective(TestUser.officerOf(ward.id()), resolution25)).extracting(Mention::sourceId)
			.contains(sourceId);
		assertThat(this.mentions.ofDirective(TestUser.officerOf(quangNgai.id()), resolution25))
			.extracting(Mention::sourceId)
			.doesNotContain(sourceId);
		assertThat(this.mentions.ofDirective(this.admin, resolution25)).extracting(Mention::sourceId)
			.contains(sourceId);
	}

	@Test
	void mentionsAreRecordedAndUnknownReferencesResolveOnceRegistered() {
		int number = ThreadLocalRandom.current().nextInt(5000, 9000);
		String sourceId = "bao-cao-" + number;
		List<DirectiveReference> found = this.directives.recordMentions("REPORT", sourceId, "Báo cáo sơ kết 6 tháng",
				"/reports/" + number,
				"Quán triệt Nghị quyết số 25 của Bộ Chính trị và Kết luận " + number + " của Ban Bí thư.");
		assertThat(found).extracting(DirectiveReference::resolution)
			.containsExactly(Resolution.RESOLVED, Resolution.UNKNOWN);
		Directive resolution25 = directive("25-NQ/TW");
		assertThat(this.mentions.ofDirective(this.admin, resolution25)).extracting(Mention::sourceId)
			.contains(sourceId);
		assertThat(this.mentions.unknown(this.admin)).extracting(UnknownReference::label)
			.contains("Kết luận " + number + " của Ban Bí thư");
		UnknownReference unknown = this.mentions.unknown(this.admin)
			.stream()
			.filter((u) -> u.label().equals("Kết luận " + number + " của Ban Bí thư"))
			.findFirst()
			.orElseThrow();
		assertThat(unknown.type()).isEqualTo(DirectiveType.CONCLUSION);
		assertThat(unknown.symbol()).isEqualTo(Integer.toString(number));

		Directive registered = this.directives.register(this.admin,
				form(DirectiveType.CONCLUSION, number + "-KL/TW", LocalDate.of(2025, 6, 1), "Ban Bí thư"), List.of(),
				null);
		assertThat(this.mentions.unknown(this.admin)).extracting(UnknownReference::label)
			.doesNotContain("Kết luận " + number + " của Ban Bí thư");
		assertThat(this.mentions.ofDirective(this.admin, registered)).singleElement()
			.satisfies((m) -> assertThat(m.quoted()).isEqualTo("Kết luận " + number + " của Ban Bí thư"));

		this.directives.recordMentions("REPORT", sourceId, "Báo cáo sơ kết 6 tháng (sửa)", null, "Không nhắc gì.");
		assertThat(this.mentions.ofDirective(this.admin, registered)).isEmpty();
	}

	List<String> search(String q, DirectiveType type, String issuer, Integer year) {
		return this.directives.search(this.admin, new DirectiveSearch(q, type, issuer, year))
			.stream()
			.map(Directive::symbol)
			.toList();
	}

	Directive directive(String symbol) {
		return this.directives.search(this.admin, new DirectiveSearch(symbol, null, null, null))
			.stream()
			.filter((d) -> d.symbol().equals(symbol))
			.findFirst()
			.orElseThrow();
	}

	int count() {
		return this.jdbc.sql("select count(*) from directives.directive").query(Integer.class).single();
	}

	static DirectiveForm form(DirectiveType type, String symbol, LocalDate issuedOn, String issuer) {
		return new DirectiveForm(type, symbol, issuedOn, issuer, "Về công tác dân vận trong tình hình mới", "Dân vận",
				DirectiveStatus.IN_FORCE, null, null);
	}

	static DirectiveForm replacedBy(Directive d, Long successor) {
		return new DirectiveForm(d.type(), d.symbol(), d.issuedOn(), d.issuer(), d.summary(), d.fields(),
				DirectiveStatus.REPLACED, successor, d.version());
	}

	static String unique(String suffix) {
		return ThreadLocalRandom.current().nextInt(10000, 99999) + "-" + suffix;
	}

	static Upload pdf() {
		return new Upload("nghi-quyet.pdf", TestFiles.pdf());
	}

	static byte[] zip(String entry) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry(entry));
			zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

}
