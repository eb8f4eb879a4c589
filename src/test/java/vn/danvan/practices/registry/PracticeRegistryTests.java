package vn.danvan.practices.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.AuditEntry;
import vn.danvan.accounts.AuditLog;
import vn.danvan.accounts.AuditQuery;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.practices.Practice;
import vn.danvan.practices.PracticeKind;
import vn.danvan.practices.PracticeStatus;
import vn.danvan.practices.PracticeSubject;
import vn.danvan.practices.RecognitionLevel;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.ReportingFixture;
import vn.danvan.shared.figures.MeasureQuery;
import vn.danvan.shared.figures.MeasureValue;
import vn.danvan.units.tree.UnitAdministration;
import vn.danvan.units.UnitScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The registry on real PostgreSQL: a commune registers, the province evaluates and
 * recognises, the measures count it; scope, refusals that write nothing, duplicates,
 * stale saves and the history.
 */
@DanvanIntegrationTest
class PracticeRegistryTests {

	@Autowired
	PracticeRegistry registry;

	@Autowired
	PracticeMeasures measures;

	@Autowired
	UnitAdministration unitAdministration;

	@Autowired
	Accounts accounts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Periods periods;

	@Autowired
	AuditLog audit;

	ReportingFixture fixture;

	SignedInUser commune;

	SignedInUser otherCommune;

	SignedInUser province;

	LocalDate today;

	LocalDate lastYear;

	@BeforeEach
	void aProvinceWithTwoCommunes() {
		this.fixture = new ReportingFixture(this.unitAdministration, this.accounts, this.catalogue, this.periods);
		this.commune = this.fixture.signedIn(this.fixture.communeOfficer);
		this.otherCommune = this.fixture.signedIn(this.fixture.otherCommuneOfficer);
		this.province = this.fixture.signedIn(this.fixture.provinceOfficer);
		this.today = UnitScope.today();
		this.lastYear = LocalDate.of(this.today.getYear() - 1, 3, 15);
	}

	static PracticeForm form(String name, LocalDate registeredOn, String... fields) {
		return new PracticeForm(name, PracticeKind.MODEL, PracticeSubject.COLLECTIVE, null, List.of(fields),
				List.of("NONG_DAN"), null, registeredOn, registeredOn.plusDays(10), "Mô tả", "Cách làm", "Kết quả",
				null, 120, 15, null, false, null);
	}

	@Test
	void aCommuneRegistersTheProvinceEvaluatesAndRecognisesAndTheMeasuresCountIt() {
		Practice registered = this.registry.register(this.commune,
				form("Tổ hợp tác nuôi bò sinh sản", this.lastYear, "KINH_TE", "NONG_THON_MOI"));
		long id = registered.id().value();
		assertThat(registered.ownerUnitId()).isEqualTo(this.fixture.commune);
		assertThat(registered.status()).isEqualTo(PracticeStatus.IN_PROGRESS);

		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.registry.evaluate(this.commune, id,
					new Assessment.EvaluationForm(this.lastYear.getYear(), Evaluation.Grade.GOOD, true, "", null)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("practices.error.notAbove"));
		assertThatExceptionOfType(PracticeRejectedException.class)
			.isThrownBy(() -> this.registry.evaluate(this.province, id,
					new Assessment.EvaluationForm(this.today.getYear(), Evaluation.Grade.GOOD, true, "", null)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("practices.error.yearNotEnded"));
		assertThatExceptionOfType(PracticeRejectedException.class)
			.isThrownBy(() -> this.registry.recognise(this.province, id,
					new Assessment.RecognitionForm(null, false, false, "")))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("practices.error.notEffective"));

		Practice evaluated = this.registry.evaluate(this.province, id, new Assessment.EvaluationForm(
				this.lastYear.getYear(), Evaluation.Grade.GOOD, true, "Nhân dân đồng tình", null));
		assertThat(evaluated.effective()).isTrue();
		assertThatExceptionOfType(PracticeRejectedException.class)
			.isThrownBy(() -> this.registry.evaluate(this.province, id,
					new Assessment.EvaluationForm(this.lastYear.getYear(), Evaluation.Grade.FAIR, true, "", null)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("practices.error.yearEvaluated"));
		assertThatExceptionOfType(PracticeNotFoundException.class).isThrownBy(() -> this.registry
			.recognise(this.otherCommune, id, new Assessment.RecognitionForm(null, false, false, "")));
		Practice recognised = this.registry.recognise(this.province, id,
				new Assessment.RecognitionForm(this.today, true, true, "Quyết định công nhận"));
		assertThat(recognised.level()).isEqualTo(RecognitionLevel.PROVINCE);
		assertThat(recognised.proposedOn()).isEqualTo(this.today);

		assertThat(this.registry.history(this.commune, id)).extracting(Step::kind)
			.containsExactly(Step.Kind.REGISTERED, Step.Kind.STARTED, Step.Kind.EVALUATED, Step.Kind.RECOGNISED);
		assertThat(this.audit.find(new AuditQuery(null, null, this.fixture.commune, null, null, null, 100)))
			.filteredOn((e) -> "practice".equals(e.targetType()) && Long.toString(id).equals(e.targetId()))
			.extracting(AuditEntry::action)
			.contains("PRACTICE_REGISTERED", "PRACTICE_EVALUATED", "PRACTICE_RECOGNISED");

		MeasureQuery year = new MeasureQuery(this.fixture.province, LocalDate.of(this.lastYear.getYear(), 1, 1),
				LocalDate.of(this.lastYear.getYear(), 12, 31), this.today);
		assertThat(count(PracticeMeasures.REGISTERED, Map.of("field", "KINH_TE"), year)).isEqualTo(1);
		assertThat(count(PracticeMeasures.REGISTERED, Map.of("field", "VAN_HOA_XA_HOI"), year)).isZero();
		assertThat(count(PracticeMeasures.EFFECTIVE, Map.of(), year)).isEqualTo(1);
		MeasureQuery now = new MeasureQuery(this.fixture.province, this.today.withDayOfYear(1), this.today, this.today);
		assertThat(count(PracticeMeasures.REGISTERED, Map.of(), now)).isZero();
		assertThat(count(PracticeMeasures.RECOGNISED, Map.of("level", "PROVINCE", "kind", "MO_HINH"), now))
			.isEqualTo(1);
		assertThat(count(PracticeMeasures.RECOGNISED, Map.of("kind", "DIEN_HINH"), now)).isZero();
		assertThat(count(PracticeMeasures.PROPOSED, Map.of(), now)).isEqualTo(1);
		MeasureQuery otherCommune = new MeasureQuery(this.fixture.otherCommune, year.from(), year.to(), this.today);
		assertThat(count(PracticeMeasures.REGISTERED, Map.of(), otherCommune)).isZero();

		MeasureValue value = this.measures.evaluate(PracticeMeasures.REGISTERED, Map.of("field", "KINH_TE"), year);
		assertThat(value.listPath()).startsWith("/practices?unit=" + this.fixture.province)
			.contains("field=KINH_TE")
			.contains("registeredFrom=" + year.from());
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.measures.evaluate(PracticeMeasures.REGISTERED, Map.of("field", "NO_SUCH"), year));
	}

	@Test
	void aUserSeesTheirSubtreeOnlyAndOnlyTheOwnerEdits() {
		Practice practice = this.registry.register(this.commune, form("Camera an ninh", this.lastYear, "KINH_TE"));
		long id = practice.id().value();
		assertThatExceptionOfType(PracticeNotFoundException.class)
			.isThrownBy(() -> this.registry.get(this.otherCommune, id));
		assertThat(this.registry.search(this.otherCommune, PracticeSearch.all()).practices())
			.noneMatch((p) -> p.id().equals(practice.id()));
		assertThat(this.registry.search(this.province, PracticeSearch.all()).practices())
			.anyMatch((p) -> p.id().equals(practice.id()));
		PracticeForm change = new PracticeForm("Camera an ninh thôn", PracticeKind.MODEL, PracticeSubject.COLLECTIVE,
				null, List.of("KINH_TE"), List.of(), null, this.lastYear, null, "", "", "", null, null, null, null,
				false, practice.version());
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.registry.change(this.province, id, change))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("practices.error.notOwner"));
		assertThat(this.registry.change(this.commune, id, change).name()).isEqualTo("Camera an ninh thôn");
	}

	@Test
	void badInputIsRefusedAndNothingIsWritten() {
		long before = this.registry.search(this.province, PracticeSearch.all()).total();
		assertThatExceptionOfType(PracticeRejectedException.class)
			.isThrownBy(() -> this.registry.register(this.commune, form("Không lĩnh vực", this.lastYear)))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("fields"));
		assertThatExceptionOfType(PracticeRejectedException.class)
			.isThrownBy(() -> this.registry.register(this.commune, form("Lĩnh vực lạ", this.lastYear, "NO_SUCH")))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("practices.error.optionUnknown"));
		assertThatExceptionOfType(PracticeRejectedException.class)
			.isThrownBy(() -> this.registry.register(this.commune, form(" ", this.lastYear, "KINH_TE")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("name"));
		assertThatExceptionOfType(PracticeRejectedException.class)
			.isThrownBy(() -> this.registry.register(this.commune, form("Ngày tới", this.today.plusDays(3), "KINH_TE")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("registeredOn"));
		assertThatExceptionOfType(PracticeRejectedException.class)
			.isThrownBy(() -> this.registry.register(this.commune,
					new PracticeForm("Của xã khác", PracticeKind.MODEL, PracticeSubject.COLLECTIVE,
							this.fixture.otherCommune, List.of("KINH_TE"), List.of(), null, this.lastYear, null, "", "",
							"", null, null, null, null, false, null)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("practices.error.ownerNotYours"));
		assertThat(this.registry.search(this.province, PracticeSearch.all()).total()).isEqualTo(before);
	}

	@Test
	void aDuplicateOfTheSameUnitAndYearWarnsAndNeedsConfirmation() {
		this.registry.register(this.commune, form("Chợ phiên không dùng tiền mặt", this.lastYear, "CHUYEN_DOI_SO"));
		assertThatExceptionOfType(PracticeRejectedException.class)
			.isThrownBy(() -> this.registry.register(this.commune,
					form("CHỢ PHIÊN  không dùng tiền mat", this.lastYear.plusDays(5), "CHUYEN_DOI_SO")))
			.satisfies((ex) -> {
				assertThat(ex.duplicate()).isTrue();
				assertThat(ex.messageKey()).isEqualTo("practices.error.duplicate");
			});
		PracticeForm confirmed = new PracticeForm("Chợ phiên không dùng tiền mặt", PracticeKind.MODEL,
				PracticeSubject.COLLECTIVE, null, List.of("CHUYEN_DOI_SO"), List.of(), null, this.lastYear, null, "",
				"", "", null, null, null, null, true, null);
		assertThat(this.registry.register(this.commune, confirmed).id()).isNotNull();
		assertThat(this.registry
			.register(this.otherCommune, form("Chợ phiên không dùng tiền mặt", this.lastYear, "CHUYEN_DOI_SO"))
			.id()).isNotNull();
	}

	@Test
	void aStaleSaveIsRefusedWithWhatChanged() {
		Practice practice = this.registry.register(this.commune, form("Thắp sáng đường quê", this.lastYear, "KINH_TE"));
		long id = practice.id().value();
		PracticeForm first = new PracticeForm("Thắp sáng đường quê 2", PracticeKind.MODEL, PracticeSubject.COLLECTIVE,
				null, List.of("KINH_TE"), List.of(), null, this.lastYear, null, "", "", "", null, null, null, null,
				false, practice.version());
		this.registry.change(this.commune, id, first);
		PracticeForm second = new PracticeForm("Thắp sáng đường quê 3", PracticeKind.MODEL, PracticeSubject.COLLECTIVE,
				null, List.of("KINH_TE"), List.of(), null, this.lastYear, null, "", "", "", null, null, null, null,
				false, practice.version());
		assertThatExceptionOfType(PracticeConflictException.class)
			.isThrownBy(() -> this.registry.change(this.commune, id, second))
			.satisfies((ex) -> {
				assertThat(ex.currentVersion()).isEqualTo(practice.version() + 1);
				assertThat(ex.differences()).anySatisfy((d) -> {
					assertThat(d.field()).isEqualTo("name");
					assertThat(d.stored()).isEqualTo("Thắp sáng đường quê 2");
					assertThat(d.yours()).isEqualTo("Thắp sáng đường quê 3");
				});
			});
		assertThat(this.registry.get(this.commune, id).name()).isEqualTo("Thắp sáng đường quê 2");
	}

	@Test
	void theListFiltersByTextWithoutDiacriticsFieldAndUnit() {
		this.registry.register(this.commune,
				form("Dòng họ không có người vi phạm pháp luật", this.lastYear, "QUOC_PHONG_AN_NINH"));
		this.registry.register(this.otherCommune, form("Dòng họ hiếu học", this.lastYear, "VAN_HOA_XA_HOI"));
		PracticeSearch text = new PracticeSearch(this.fixture.province, true, null, null, null, null, null, null, null,
				"dong ho VI PHAM", null, null, null, null, null, null, PracticeSearch.Sort.NAME, 0);
		assertThat(this.registry.search(this.province, text).practices()).extracting(Practice::name)
			.containsExactly("Dòng họ không có người vi phạm pháp luật");
		PracticeSearch unit = new PracticeSearch(this.fixture.otherCommune, true, null, null, null, null, null, null,
				null, "dong ho", null, null, null, null, null, null, PracticeSearch.Sort.NAME, 0);
		assertThat(this.registry.search(this.province, unit).practices()).extracting(Practice::name)
			.containsExactly("Dòng họ hiếu học");
		assertThat(this.registry.search(this.commune, unit).practices()).isEmpty();
	}

	@Test
	void aPracticeEndsWithAReasonAndIsReplicatedWithItsUnits() {
		Practice practice = this.registry.register(this.commune, form("Vườn mẫu", this.lastYear, "NONG_THON_MOI"));
		long id = practice.id().value();
		assertThatExceptionOfType(PracticeRejectedException.class)
			.isThrownBy(() -> this.registry.end(this.commune, id, new Assessment.StepForm(null, " ")))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("practices.error.reasonRequired"));
		this.registry.replicate(this.province, id, new Assessment.StepForm(null, "Xã Hòa Bình"));
		Practice ended = this.registry.end(this.commune, id, new Assessment.StepForm(null, "Sáp nhập đơn vị"));
		assertThat(ended.status()).isEqualTo(PracticeStatus.ENDED);
		assertThatExceptionOfType(PracticeRejectedException.class)
			.isThrownBy(() -> this.registry.evaluate(this.province, id,
					new Assessment.EvaluationForm(this.lastYear.getYear(), Evaluation.Grade.GOOD, true, "", null)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("practices.error.closed"));
		assertThat(this.registry.history(this.commune, id)).extracting(Step::kind)
			.endsWith(Step.Kind.REPLICATED, Step.Kind.ENDED);
	}

	private long count(String measure, Map<String, String> filters, MeasureQuery query) {
		return this.measures.evaluate(measure, filters, query).value().longValueExact();
	}

}
