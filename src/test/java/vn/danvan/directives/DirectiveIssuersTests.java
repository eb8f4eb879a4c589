package vn.danvan.directives;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.directives.recognition.CatalogueEntry;
import vn.danvan.directives.recognition.DirectiveReference;
import vn.danvan.directives.recognition.Resolution;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.errors.NotFoundException;
import vn.danvan.shared.errors.RejectedException;
import vn.danvan.units.RealAdministrativeUnits;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;
import vn.danvan.units.imports.UnitImports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 19, item 6, on the real database and the real tree: numbers of provincial bodies
 * that repeat between provinces resolve within the text's own chain of units (Quảng Ngãi
 * and Kiên Giang both have a "1035-TB/TU"), official letters, directives named without a
 * number and their aliases (found without diacritics, validated, audited, changed only by
 * the owner).
 */
@DanvanIntegrationTest
class DirectiveIssuersTests {

	static final String NOTICE = "Thực hiện Thông báo 1035-TB/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận.";

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

	LocalDate today;

	Unit quangNgai;

	Unit quangNgaiCommune;

	Unit anGiangCommune;

	Unit haNoiWard;

	Unit kienGiang;

	@BeforeEach
	void tree() throws IOException {
		RealAdministrativeUnits.importOnce(this.imports);
		this.catalogue.load("test");
		this.today = UnitScope.today();
		this.quangNgai = province("51", this.today);
		this.quangNgaiCommune = commune(this.quangNgai);
		this.anGiangCommune = commune(province("91", this.today));
		this.haNoiWard = commune(province("01", this.today));
		this.kienGiang = province("91", LocalDate.of(2025, 6, 30));
	}

	@Test
	void theSameNoticeNumberInTwoProvincesLinksEachTextToItsOwnProvince() {
		Directive kienGiangNotice = this.directives
			.search(this.admin, new vn.danvan.directives.register.DirectiveSearch("1035-TB/TU", null, null, null))
			.stream()
			.filter((d) -> d.issuer().contains("Kiên Giang"))
			.findFirst()
			.orElseThrow();
		assertThat(kienGiangNotice.issuerUnitId()).as("the catalogue places Kiên Giang's notice at Kiên Giang")
			.isEqualTo(this.kienGiang.id());
		Directive quangNgaiNotice = this.directives
			.search(this.admin, new vn.danvan.directives.register.DirectiveSearch("1035-TB/TU", null, null, null))
			.stream()
			.filter((d) -> d.issuer().contains("Quảng Ngãi"))
			.findFirst()
			.orElseGet(() -> this.directives.register(TestUser.officerOf(this.quangNgai.id()),
					new DirectiveForm(DirectiveType.NOTICE, "1035-TB/TU", LocalDate.of(2025, 9, 12),
							"Ban Thường vụ Tỉnh ủy Quảng Ngãi", "Kết luận về công tác dân vận chính quyền năm 2025",
							"Công tác dân vận", null, null, null),
					List.of(), null));

		// a text of the province itself, and of a commune below it: the province's notice
		assertThat(record(this.quangNgai.id(), NOTICE)).isEqualTo("RESOLVED " + quangNgaiNotice.id());
		assertThat(record(this.quangNgaiCommune.id(), NOTICE)).isEqualTo("RESOLVED " + quangNgaiNotice.id());
		// Kiên Giang became An Giang on 01/7/2025: a commune of An Giang reads Kiên
		// Giang's
		assertThat(record(this.anGiangCommune.id(), NOTICE)).isEqualTo("RESOLVED " + kienGiangNotice.id());
		// a unit of neither: ambiguous, both offered, none linked
		DirectiveReference elsewhere = this.directives
			.recordMentions("REPORT", UUID.randomUUID().toString(), "Báo cáo", null, this.haNoiWard.id(), NOTICE)
			.get(0);
		assertThat(elsewhere.resolution()).isEqualTo(Resolution.AMBIGUOUS);
		assertThat(elsewhere.candidates()).extracting(CatalogueEntry::id)
			.containsExactlyInAnyOrder(quangNgaiNotice.id(), kienGiangNotice.id());
		// a text of no unit: national documents only, the local ones are offered
		List<DirectiveReference> national = this.mentions.recognise(this.directives.visible(this.admin), null,
				this.today, NOTICE + " Nghị quyết 25-NQ/TW.");
		assertThat(national).extracting(DirectiveReference::resolution)
			.containsExactly(Resolution.AMBIGUOUS, Resolution.RESOLVED);
		assertThat(national.get(0).directive()).isNull();
		// the same for the API's way (the user's visible directives, the text's unit)
		assertThat(this.mentions
			.recognise(this.directives.visible(this.admin), this.quangNgaiCommune.id(), this.today, NOTICE)
			.get(0)
			.directive()
			.id()).isEqualTo(quangNgaiNotice.id());
	}

	@Test
	void aMentionLooksItsIssuerUpAgainWhenTheProvinceRegistersItsDocument() {
		int number = ThreadLocalRandom.current().nextInt(10000, 99999);
		String text = "Quán triệt Chỉ thị " + number + "-CT/TU của Tỉnh ủy trong toàn Đảng bộ.";
		Directive other = this.directives.register(TestUser.officerOf(this.kienGiang.id()),
				new DirectiveForm(DirectiveType.DIRECTIVE, number + "-CT/TU", LocalDate.of(2020, 3, 2),
						"Ban Thường vụ Tỉnh ủy Kiên Giang", "Về công tác dân vận", "", null, null, null),
				List.of(), null);
		String sourceId = UUID.randomUUID().toString();
		this.directives.recordMentions("REPORT", sourceId, "Báo cáo xã", null, this.quangNgaiCommune.id(), text);
		assertThat(stored(sourceId)).as("only another province's directive: not linked").isEqualTo("AMBIGUOUS null");
		Directive own = this.directives.register(TestUser.officerOf(this.quangNgai.id()),
				new DirectiveForm(DirectiveType.DIRECTIVE, number + "-CT/TU", LocalDate.of(2024, 3, 2),
						"Ban Thường vụ Tỉnh ủy Quảng Ngãi", "Về công tác dân vận", "", null, null, null),
				List.of(), null);
		assertThat(stored(sourceId)).isEqualTo("RESOLVED " + own.id());
		assertThat(other.id()).isNotEqualTo(own.id());
	}

	@Test
	void officialLettersAreRecognisedAndRegistered() {
		int number = ThreadLocalRandom.current().nextInt(10000, 99999);
		Directive central = this.directives.register(this.admin,
				new DirectiveForm(DirectiveType.OFFICIAL_LETTER, number + "-CV/BTGDVTW", LocalDate.of(2025, 8, 4),
						"Ban Tuyên giáo và Dân vận Trung ương", "Về việc hướng dẫn sơ kết công tác dân vận", "", null,
						null, null),
				List.of(), null);
		int letter = ThreadLocalRandom.current().nextInt(10000, 99999);
		Directive provincial = this.directives.register(TestUser.officerOf(this.quangNgai.id()),
				new DirectiveForm(DirectiveType.OFFICIAL_LETTER, letter + "-CV/BDVTU", LocalDate.of(2025, 8, 20),
						"Ban Dân vận Tỉnh ủy Quảng Ngãi", "Về việc báo cáo mô hình Dân vận khéo", "", null, null, null),
				List.of(), null);
		assertThat(central.title()).isEqualTo("Công văn " + number + "-CV/BTGDVTW");
		String text = "Căn cứ Công văn số " + number + "-CV/BTGDVTW và CV số " + letter + "-CV/BDVTU, xã đã báo cáo.";
		List<DirectiveReference> found = this.directives.recordMentions("REPORT", UUID.randomUUID().toString(),
				"Báo cáo", null, this.quangNgaiCommune.id(), text);
		assertThat(found).extracting((r) -> r.found().text())
			.containsExactly("Công văn số " + number + "-CV/BTGDVTW", "CV số " + letter + "-CV/BDVTU");
		assertThat(found).extracting((r) -> r.found().types().get(0)).containsOnly(DirectiveType.OFFICIAL_LETTER);
		assertThat(found).extracting((r) -> r.directive().id()).containsExactly(central.id(), provincial.id());
		// the central letter resolves for a text of any unit, the province's not
		// elsewhere
		List<DirectiveReference> elsewhere = this.directives.recordMentions("REPORT", UUID.randomUUID().toString(),
				"Báo cáo", null, this.haNoiWard.id(), text);
		assertThat(elsewhere).extracting(DirectiveReference::resolution)
			.containsExactly(Resolution.RESOLVED, Resolution.AMBIGUOUS);
	}

	@Test
	void namedResolutionsAndAliasesAreFoundWithoutDiacritics() {
		List<DirectiveReference> found = this.mentions.recognise(this.directives.visible(this.admin),
				this.quangNgaiCommune.id(), this.today,
				"Quán triệt nghi quyet dai hoi XIII, NGHỊ QUYẾT TRUNG ƯƠNG 4 (KHÓA XII) và Nghị quyết TW4 khoá XII; "
						+ "Nghị quyết Đại hội XII chưa đăng ký.");
		assertThat(found).extracting((r) -> r.found().text())
			.containsExactly("nghi quyet dai hoi XIII", "NGHỊ QUYẾT TRUNG ƯƠNG 4 (KHÓA XII)",
					"Nghị quyết TW4 khoá XII");
		assertThat(found).extracting(DirectiveReference::resolution).containsOnly(Resolution.RESOLVED);
		assertThat(found.get(0).directive().name())
			.isEqualTo("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng");
		assertThat(found.get(0).directive().symbol()).isEmpty();
		assertThat(found.get(1).directive().symbol()).isEqualTo("04-NQ/TW");
		assertThat(found.get(2).directive().id()).isEqualTo(found.get(1).directive().id());
		// the register is searched by name and alias too
		assertThat(this.directives.search(this.admin,
				new vn.danvan.directives.register.DirectiveSearch("dai hoi XIII", null, null, null)))
			.extracting(Directive::label)
			.contains("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng");
		assertThat(this.directives.search(this.admin,
				new vn.danvan.directives.register.DirectiveSearch("tw4 khoa xii", null, null, null)))
			.extracting(Directive::symbol)
			.containsExactly("04-NQ/TW");
	}

	@Test
	void aProvincialCongressResolutionIsTheProvinceOfTheText() {
		Unit caoBang = province("04", this.today);
		String name = "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII " + ThreadLocalRandom.current().nextInt(1000);
		Directive quangNgaiResolution = registerNamed(this.quangNgai, name, "Đảng bộ tỉnh Quảng Ngãi");
		Directive caoBangResolution = registerNamed(caoBang, name, "Đảng bộ tỉnh Cao Bằng");
		String text = "Triển khai " + name.replace("Nghị quyết Đại hội Đảng bộ tỉnh", "nghi quyet dai hoi dang bo tinh")
				+ " trong năm.";
		assertThat(record(this.quangNgaiCommune.id(), text)).isEqualTo("RESOLVED " + quangNgaiResolution.id());
		assertThat(record(commune(caoBang).id(), text)).isEqualTo("RESOLVED " + caoBangResolution.id());
		assertThat(record(this.haNoiWard.id(), text)).isEqualTo("AMBIGUOUS null");
		// the two provinces may share the name; the same province may not register it
		// twice
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> registerNamed(this.quangNgai, name, "Đảng bộ tỉnh Quảng Ngãi"))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("name");
				assertThat(ex.messageKey()).isEqualTo("directives.error.duplicateName");
			});
	}

	@Test
	void aliasesAreValidatedAuditedAndLinkedOnceSaved() {
		TestUser officer = TestUser.officerOf(this.quangNgai.id());
		int n = ThreadLocalRandom.current().nextInt(10000, 99999);
		Directive plan = this.directives.register(officer,
				new DirectiveForm(DirectiveType.PLAN, n + "-KH/BTGDVTU", LocalDate.of(2025, 10, 1),
						"Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi", "Kế hoạch triển khai phong trào thi đua", "",
						null, null, null),
				List.of(), null);
		String alias = "Kế hoạch thi đua dân vận khéo giai đoạn " + n;
		String text = "Xã triển khai ke hoach thi dua dan van kheo giai doan " + n + " đến các thôn.";
		String sourceId = UUID.randomUUID().toString();
		this.directives.recordMentions("REPORT", sourceId, "Báo cáo xã", null, this.quangNgaiCommune.id(), text);
		assertThat(stored(sourceId)).as("not a name yet: nothing found").isEqualTo("none");
		int audited = audited(plan.id());

		assertThat(rejected(officer, plan.id(), List.of(alias, " "))).isEqualTo("directives.error.aliasEmpty");
		assertThat(rejected(officer, plan.id(), List.of("Kế hoạch " + "x".repeat(300))))
			.isEqualTo("directives.error.aliasTooLong");
		assertThat(rejected(officer, plan.id(), List.of(alias, alias.toUpperCase())))
			.isEqualTo("directives.error.aliasRepeated");
		assertThat(rejected(officer, plan.id(), List.of("Kếhoạch"))).isEqualTo("directives.error.aliasOneWord");
		assertThat(this.directives.aliases(officer, plan.id())).isEmpty();
		assertThat(audited(plan.id())).isEqualTo(audited);

		assertThat(this.directives.changeAliases(officer, plan.id(), List.of("  " + alias + " "), "10.0.0.7"))
			.containsExactly(alias);
		assertThat(audited(plan.id())).isEqualTo(audited + 1);
		assertThat(this.jdbc.sql("""
				select remote_ip || ' ' || (details -> 'after' ->> 0) from accounts.audit_log
				 where action = 'DIRECTIVE_ALIASES_CHANGED' and target_id = :id order by id desc limit 1
				""").param("id", String.valueOf(plan.id())).query(String.class).single())
			.isEqualTo("10.0.0.7 " + alias);
		this.directives.recordMentions("REPORT", sourceId, "Báo cáo xã", null, this.quangNgaiCommune.id(), text);
		assertThat(stored(sourceId)).isEqualTo("RESOLVED " + plan.id());

		// the same alias for another directive of the same province is refused, of
		// another province allowed
		Directive second = this.directives.register(officer,
				new DirectiveForm(DirectiveType.PLAN, (n + 1) + "-KH/BTGDVTU", LocalDate.of(2025, 10, 2),
						"Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi", "Kế hoạch khác", "", null, null, null),
				List.of(), null);
		assertThat(rejected(officer, second.id(), List.of(alias.toLowerCase())))
			.isEqualTo("directives.error.aliasTaken");
		Unit caoBang = province("04", this.today);
		Directive elsewhere = this.directives.register(TestUser.officerOf(caoBang.id()),
				new DirectiveForm(DirectiveType.PLAN, n + "-KH/BTGDVTU", LocalDate.of(2025, 10, 1),
						"Ban Tuyên giáo và Dân vận Tỉnh ủy Cao Bằng", "Kế hoạch thi đua", "", null, null, null),
				List.of(), null);
		assertThat(
				this.directives.changeAliases(TestUser.officerOf(caoBang.id()), elsewhere.id(), List.of(alias), null))
			.containsExactly(alias);
		this.directives.recordMentions("REPORT", sourceId, "Báo cáo xã", null, this.quangNgaiCommune.id(), text);
		assertThat(stored(sourceId)).isEqualTo("RESOLVED " + plan.id());

		// only the owner changes them: an officer of a commune below sees it but may not,
		// one of another province does not see it
		assertThatExceptionOfType(ForbiddenException.class).isThrownBy(() -> this.directives
			.changeAliases(TestUser.officerOf(this.quangNgaiCommune.id()), plan.id(), List.of(), null));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(
				() -> this.directives.changeAliases(TestUser.officerOf(caoBang.id()), plan.id(), List.of(), null));
		assertThat(this.directives.aliases(officer, plan.id())).containsExactly(alias);

		// removing the alias unlinks the mentions of it (Cao Bằng's plan keeps the name,
		// so the mention is ambiguous, never linked to another province's plan)
		this.directives.changeAliases(officer, plan.id(), List.of(), null);
		assertThat(stored(sourceId)).isEqualTo("AMBIGUOUS null");
	}

	String record(long unitId, String text) {
		DirectiveReference reference = this.directives
			.recordMentions("REPORT", UUID.randomUUID().toString(), "Báo cáo", null, unitId, text)
			.get(0);
		return reference.resolution() + " " + ((reference.directive() != null) ? reference.directive().id() : null);
	}

	String stored(String sourceId) {
		return this.jdbc.sql(
				"select resolution || ' ' || coalesce(directive_id::text, 'null') from directives.mention where source_id = :id")
			.param("id", sourceId)
			.query(String.class)
			.optional()
			.orElse("none");
	}

	String rejected(TestUser user, long id, List<String> aliases) {
		try {
			this.directives.changeAliases(user, id, aliases, null);
			return "saved";
		}
		catch (RejectedException ex) {
			assertThat(ex.field()).isEqualTo("aliases");
			return ex.messageKey();
		}
	}

	int audited(long directiveId) {
		return this.jdbc.sql(
				"select count(*) from accounts.audit_log where action = 'DIRECTIVE_ALIASES_CHANGED' and target_id = :id")
			.param("id", String.valueOf(directiveId))
			.query(Integer.class)
			.single();
	}

	Directive registerNamed(Unit province, String name, String issuer) {
		return this.directives.register(TestUser.officerOf(province.id()),
				new DirectiveForm(DirectiveType.RESOLUTION, "", LocalDate.of(2020, 10, 15), issuer,
						"Nghị quyết Đại hội nhiệm kỳ 2020 - 2025", "", null, null, null, name),
				List.of(), null);
	}

	Unit province(String code, LocalDate date) {
		return this.units.findByCode(UnitLevel.PROVINCE, code, date).orElseThrow();
	}

	Unit commune(Unit province) {
		return this.units.descendants(province.id(), this.today, UnitLevel.COMMUNE)
			.stream()
			.filter((u) -> u.kind().administrative())
			.findFirst()
			.orElseThrow();
	}

}
