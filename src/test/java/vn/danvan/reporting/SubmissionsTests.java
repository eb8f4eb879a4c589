package vn.danvan.reporting;

import vn.danvan.reporting.submissions.SubmissionConflictException;
import vn.danvan.reporting.submissions.SubmissionInvalidException;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.Accounts;
import vn.danvan.accounts.SignedInUser;
import vn.danvan.units.tree.UnitAdministration;
import vn.danvan.shared.errors.ConflictException;
import vn.danvan.shared.errors.DanvanException;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.errors.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.reporting.ReportingFixture.values;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import vn.danvan.reporting.submissions.Revision;
import vn.danvan.reporting.submissions.Transition;
import vn.danvan.reporting.submissions.SubmissionContent;
import vn.danvan.reporting.submissions.FieldIssue;
import vn.danvan.reporting.catalogue.CatalogueDefinition;

@DanvanIntegrationTest
@RecordApplicationEvents
class SubmissionsTests {

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

	@Autowired
	ApplicationEvents events;

	ReportingFixture world;

	Period period;

	SignedInUser commune;

	SignedInUser province;

	@BeforeEach
	void setUp() {
		this.world = new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods);
		this.period = this.world.openPeriod("6 tháng đầu năm 2031", LocalDate.of(2030, 12, 15),
				LocalDate.of(2031, 6, 14), LocalDate.of(2031, 6, 20));
		this.commune = this.world.signedIn(this.world.communeOfficer);
		this.province = this.world.signedIn(this.world.provinceOfficer);
	}

	@Test
	void openingAPeriodExpectsEveryCommuneAndFreezesTheTemplate() {
		assertThat(this.periods.statuses(this.province, this.period.id())).extracting(UnitStatus::unitId)
			.containsExactlyInAnyOrder(this.world.commune, this.world.otherCommune);
		assertThat(this.periods.statuses(this.province, this.period.id())).extracting(UnitStatus::state)
			.containsOnly(SubmissionState.NOT_STARTED);
		assertThat(this.catalogue.structure(this.world.template.versionId()).frozen()).isTrue();
		assertThat(this.periods.statuses(this.commune, this.period.id())).extracting(UnitStatus::unitId)
			.containsExactly(this.world.commune);
	}

	@Test
	void aDraftKeepsVietnameseNumbersAndEveryRevision() {
		Submission s = own();
		Submission saved = this.submissions.save(this.commune, s.id(), s.version(), values(code("REG") + ".A", "1.234",
				code("EFF"), "12", code("MEM"), "60", code("ELIG"), "100", code("NOTE"), "Tốt"), Map.of(), "FORM");
		assertThat(saved.state()).isEqualTo(SubmissionState.DRAFT);
		assertThat(saved.version()).isEqualTo(s.version() + 1);
		SubmissionContent content = this.submissions.content(saved);
		assertThat(content.numbers().get(code("REG") + ".A")).isEqualByComparingTo("1234");
		assertThat(content.texts()).containsEntry(code("NOTE"), "Tốt");
		assertThat(this.submissions.revisions(this.commune, s.id())).singleElement()
			.satisfies((r) -> assertThat(r.changes()).extracting(Revision.Change::after)
				.contains("1.234", "12", "60", "100", "Tốt"));
		assertThat(this.submissions.transitions(this.commune, s.id())).extracting(Transition::to)
			.containsExactly(SubmissionState.DRAFT);
	}

	@Test
	void badValuesAreRefusedTogetherAndNothingIsSaved() {
		Submission s = own();
		assertThatExceptionOfType(SubmissionInvalidException.class)
			.isThrownBy(() -> this.submissions.save(this.commune, s.id(), s.version(),
					values(code("MEM"), "50", code("REG") + ".A", "mười", code("EFF"), "-3", code("ELIG"), "1.5",
							code("REG") + ".B", "99999999999999999", code("RATE"), "40"),
					Map.of(), "FORM"))
			.satisfies((ex) -> assertThat(ex.issues()).extracting(FieldIssue::field)
				.containsExactlyInAnyOrder(code("REG") + ".A", code("EFF"), code("ELIG"), code("REG") + ".B",
						code("RATE")));
		assertThat(this.submissions.get(this.commune, s.id()).version()).isEqualTo(s.version());
		assertThat(this.submissions.content(s).numbers()).isEmpty();
	}

	@Test
	void theWholeCycleSubmitReturnResubmitApproveLocksTheReport() {
		Submission s = own();
		s = this.submissions.save(this.commune, s.id(), s.version(),
				values(code("REG") + ".A", "5", code("EFF"), "7", code("MEM"), "120", code("ELIG"), "100"), Map.of(),
				"FORM");
		Submission draft = s;
		assertThatExceptionOfType(SubmissionInvalidException.class)
			.isThrownBy(() -> this.submissions.submit(this.commune, draft.id(), draft.version()))
			.satisfies((ex) -> assertThat(ex.issues()).extracting(FieldIssue::messageKey)
				.contains("reporting.invalid.notGreaterThan", "reporting.invalid.percentageTooHigh"));
		s = this.submissions.save(this.commune, s.id(), s.version(),
				values(code("EFF"), "4", code("MEM"), "80", code("REG") + ".B", "3"), Map.of(), "FORM");
		s = this.submissions.submit(this.commune, s.id(), s.version());
		assertThat(s.state()).isEqualTo(SubmissionState.SUBMITTED);
		Submission submitted = s;
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> this.submissions.save(this.commune,
				submitted.id(), submitted.version(), values(code("EFF"), "1"), Map.of(), "FORM"));
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.submissions.approve(this.commune, submitted.id(), null));
		assertThatExceptionOfType(DanvanException.class)
			.isThrownBy(() -> this.submissions.returnToUnit(this.province, submitted.id(), "  ", null))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("reporting.error.commentRequired"));
		s = this.submissions.returnToUnit(this.province, s.id(), "Số hội viên chưa khớp", s.version());
		assertThat(s.state()).isEqualTo(SubmissionState.RETURNED);
		s = this.submissions.save(this.commune, s.id(), s.version(), values(code("MEM"), "90"), Map.of(), "FORM");
		s = this.submissions.submit(this.commune, s.id(), s.version());
		s = this.submissions.approve(this.province, s.id(), s.version());
		assertThat(s.state()).isEqualTo(SubmissionState.APPROVED);
		Submission approved = s;
		assertThatExceptionOfType(DanvanException.class)
			.isThrownBy(() -> this.submissions.save(this.commune, approved.id(), approved.version(),
					values(code("MEM"), "91"), Map.of(), "FORM"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("reporting.error.notEditable"));
		assertThatExceptionOfType(DanvanException.class)
			.isThrownBy(() -> this.submissions.approve(this.province, approved.id(), null))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("reporting.error.stateNotAllowed"));
		s = this.submissions.reopen(this.province, s.id(), "Sai số liệu hội viên", s.version());
		assertThat(s.state()).isEqualTo(SubmissionState.RETURNED);
		assertThat(this.submissions.transitions(this.commune, s.id())).extracting(Transition::to)
			.containsExactly(SubmissionState.DRAFT, SubmissionState.SUBMITTED, SubmissionState.RETURNED,
					SubmissionState.SUBMITTED, SubmissionState.APPROVED, SubmissionState.RETURNED);
		assertThat(this.events.stream(SubmissionSubmitted.class).filter((e) -> e.unitId() == this.world.commune))
			.hasSize(2);
		assertThat(this.events.stream(SubmissionReopened.class))
			.anySatisfy((e) -> assertThat(e.reason()).isEqualTo("Sai số liệu hội viên"));
		assertThat(this.jdbc
			.sql("select action from accounts.audit_log where target_type = 'submission' and target_id = ? order by id")
			.param(String.valueOf(s.id()))
			.query(String.class)
			.list()).containsExactly("SUBMISSION_SAVED", "SUBMISSION_SAVED", "SUBMISSION_SUBMITTED",
					"SUBMISSION_RETURNED", "SUBMISSION_SAVED", "SUBMISSION_SUBMITTED", "SUBMISSION_APPROVED",
					"SUBMISSION_REOPENED");
	}

	@Test
	void theSecondOfTwoConcurrentSavesIsRefusedWithWhatChanged() {
		Submission s = own();
		int startedFrom = s.version();
		this.submissions.save(this.commune, s.id(), startedFrom, values(code("MEM"), "10"), Map.of(), "FORM");
		assertThatExceptionOfType(SubmissionConflictException.class)
			.isThrownBy(() -> this.submissions.save(this.commune, s.id(), startedFrom, values(code("MEM"), "20"),
					Map.of(), "FORM"))
			.satisfies((ex) -> {
				assertThat(ex.currentVersion()).isEqualTo(startedFrom + 1);
				assertThat(ex.since()).singleElement()
					.satisfies((r) -> assertThat(r.changes()).singleElement()
						.satisfies((c) -> assertThat(c.after()).isEqualTo("10")));
			});
		assertThat(this.submissions.content(s).numbers().get(code("MEM"))).isEqualByComparingTo("10");
	}

	@Test
	void anotherCommunesReportIsNotFoundAndAClosedPeriodRefusesChanges() {
		Submission s = own();
		SubmissionSnapshot snapshot = new SubmissionSnapshot(s.id(), s.version());
		SignedInUser other = this.world.signedIn(this.world.otherCommuneOfficer);
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.submissions.get(other, snapshot.id()));
		this.periods.close(this.province, this.period.id());
		assertThatExceptionOfType(DanvanException.class)
			.isThrownBy(() -> this.submissions.save(this.commune, snapshot.id(), snapshot.version(),
					values(code("MEM"), "1"), Map.of(), "FORM"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("reporting.error.periodClosed"));
	}

	@Test
	void aValueFarFromThePreviousPeriodIsOnlyAWarning() {
		Submission first = own();
		first = this.submissions.save(this.commune, first.id(), first.version(),
				values(code("REG") + ".A", "2", code("MEM"), "100"), Map.of(), "FORM");
		this.submissions.submit(this.commune, first.id(), first.version());
		Period next = this.world.openPeriod("6 tháng cuối năm 2031", LocalDate.of(2031, 6, 15),
				LocalDate.of(2031, 12, 14), LocalDate.of(2031, 12, 20));
		Submission second = this.submissions.find(this.commune, next.id(), this.world.commune).orElseThrow();
		second = this.submissions.save(this.commune, second.id(), second.version(),
				values(code("REG") + ".A", "2", code("MEM"), "300"), Map.of(), "FORM");
		assertThat(this.submissions.issues(second)).singleElement().satisfies((issue) -> {
			assertThat(issue.error()).isFalse();
			assertThat(issue.messageKey()).isEqualTo("reporting.invalid.farFromPrevious");
		});
		assertThat(this.submissions.submit(this.commune, second.id(), second.version()).state())
			.isEqualTo(SubmissionState.SUBMITTED);
	}

	@Test
	void aSaveWritesAndClearsValuesAndNarrativesWithAnyText() {
		Submission s = own();
		long section = narrativeSection();
		String odd = "Kết quả {\"tốt\", khá}\\ NULL,\n dòng hai";
		Submission saved = this.submissions.save(this.commune, s.id(), s.version(),
				values(code("REG") + ".A", "1.234", code("REG") + ".B", "7", code("MEM"), "60", code("NOTE"), "NULL"),
				Map.of(section, odd), "FORM");
		SubmissionContent content = this.submissions.content(saved);
		assertThat(content.numbers().get(code("REG") + ".A")).isEqualByComparingTo("1234");
		assertThat(content.numbers().get(code("REG") + ".B")).isEqualByComparingTo("7");
		assertThat(content.texts()).containsEntry(code("NOTE"), "NULL");
		assertThat(content.narratives()).containsEntry(section, odd);
		Submission cleared = this.submissions.save(this.commune, s.id(), saved.version(),
				values(code("REG") + ".B", "", code("NOTE"), "", code("MEM"), "61"), Map.of(section, " "), "FORM");
		content = this.submissions.content(cleared);
		assertThat(content.numbers()).containsOnlyKeys(code("REG") + ".A", code("MEM"));
		assertThat(content.numbers().get(code("MEM"))).isEqualByComparingTo("61");
		assertThat(content.texts()).isEmpty();
		assertThat(content.narratives()).isEmpty();
		assertThat(cleared.version()).isEqualTo(saved.version() + 1);
		assertThat(this.submissions.revisions(this.commune, s.id())).hasSize(2)
			.last()
			.satisfies((r) -> assertThat(r.changes()).extracting(Revision.Change::field)
				.containsExactlyInAnyOrder(code("REG") + ".B", code("NOTE"), code("MEM"),
						TemplateStructure.narrativeKey(section)));
	}

	@Test
	void aRefusedSaveWritesNothingAndTheHistoryShowsWhoChangedWhat() {
		Submission s = own();
		long section = narrativeSection();
		SignedInUser colleague = this.world
			.signedIn(this.world.user(vn.danvan.shared.security.Role.REPORTING_OFFICER, this.world.commune));
		Submission first = this.submissions.save(this.commune, s.id(), s.version(), values(code("MEM"), "10"),
				Map.of(section, "Bản của người thứ nhất"), "FORM");
		assertThatExceptionOfType(SubmissionConflictException.class)
			.isThrownBy(() -> this.submissions.save(colleague, s.id(), s.version(),
					values(code("MEM"), "20", code("ELIG"), "40"), Map.of(section, "Bản của người thứ hai"), "FORM"))
			.satisfies((ex) -> assertThat(ex.since()).singleElement().satisfies((r) -> {
				assertThat(r.changedBy()).isEqualTo(this.commune.getUsername());
				assertThat(r.changes()).extracting(Revision.Change::field)
					.containsExactlyInAnyOrder(code("MEM"), TemplateStructure.narrativeKey(section));
			}));
		assertThat(this.submissions.get(this.commune, s.id()).version()).isEqualTo(first.version());
		SubmissionContent content = this.submissions.content(first);
		assertThat(content.numbers()).containsOnlyKeys(code("MEM"));
		assertThat(content.numbers().get(code("MEM"))).isEqualByComparingTo("10");
		assertThat(content.narratives()).containsExactly(Map.entry(section, "Bản của người thứ nhất"));
		assertThat(auditActors(s.id())).containsExactly(this.commune.getUsername() + " SUBMISSION_SAVED");

		Submission second = this.submissions.save(colleague, s.id(), first.version(),
				values(code("MEM"), "20", code("REG") + ".A", "3"), Map.of(), "EXCEL");
		this.submissions.submit(colleague, s.id(), second.version());
		assertThat(this.submissions.revisions(this.commune, s.id())).satisfiesExactly((r) -> {
			assertThat(r.changedBy()).isEqualTo(this.commune.getUsername());
			assertThat(r.source()).isEqualTo("FORM");
		}, (r) -> {
			assertThat(r.changedBy()).isEqualTo(colleague.getUsername());
			assertThat(r.source()).isEqualTo("EXCEL");
			assertThat(r.changes()).extracting(Revision.Change::field, Revision.Change::before, Revision.Change::after)
				.containsExactlyInAnyOrder(tuple(code("MEM"), "10", "20"), tuple(code("REG") + ".A", "", "3"));
		});
		assertThat(this.submissions.transitions(this.commune, s.id())).satisfiesExactly((t) -> {
			assertThat(t.to()).isEqualTo(SubmissionState.DRAFT);
			assertThat(t.actor()).isEqualTo(this.commune.getUsername());
		}, (t) -> {
			assertThat(t.to()).isEqualTo(SubmissionState.SUBMITTED);
			assertThat(t.actor()).isEqualTo(colleague.getUsername());
		});
		assertThat(auditActors(s.id())).containsExactly(this.commune.getUsername() + " SUBMISSION_SAVED",
				colleague.getUsername() + " SUBMISSION_SAVED", colleague.getUsername() + " SUBMISSION_SUBMITTED");
	}

	@Test
	void aChangeFromThePreviousPeriodThatARuleMakesAnErrorStillRefusesTheSubmission() {
		ReportingFixture strict = new ReportingFixture(this.units, this.accounts, this.catalogue, this.periods);
		this.catalogue.defineRule(strict.signedIn("admin"),
				new CatalogueDefinition.RuleDefinition(Rule.Kind.CHANGE_WARNING, Rule.Severity.ERROR,
						strict.code("ELIG"), null, new java.math.BigDecimal("50"), ""));
		SignedInUser officer = strict.signedIn(strict.communeOfficer);
		Period before = strict.openPeriod("Năm 2032", LocalDate.of(2031, 12, 15), LocalDate.of(2032, 12, 14),
				LocalDate.of(2032, 12, 20));
		Submission first = this.submissions.find(officer, before.id(), strict.commune).orElseThrow();
		first = this.submissions.save(officer, first.id(), first.version(),
				values(strict.code("REG") + ".A", "2", strict.code("ELIG"), "100"), Map.of(), "FORM");
		this.submissions.submit(officer, first.id(), first.version());
		Period next = strict.openPeriod("Năm 2033", LocalDate.of(2032, 12, 15), LocalDate.of(2033, 12, 14),
				LocalDate.of(2033, 12, 20));
		Submission second = this.submissions.find(officer, next.id(), strict.commune).orElseThrow();
		Submission draft = this.submissions.save(officer, second.id(), second.version(),
				values(strict.code("REG") + ".A", "2", strict.code("ELIG"), "300"), Map.of(), "FORM");
		assertThatExceptionOfType(SubmissionInvalidException.class)
			.isThrownBy(() -> this.submissions.submit(officer, draft.id(), draft.version()))
			.satisfies((ex) -> assertThat(ex.issues()).extracting(FieldIssue::messageKey)
				.containsExactly("reporting.invalid.farFromPrevious"));
		assertThat(this.submissions.get(officer, draft.id()).state()).isEqualTo(SubmissionState.DRAFT);
	}

	private long narrativeSection() {
		return this.world.template.sections().stream().filter(Section::narrative).findFirst().orElseThrow().id();
	}

	private java.util.List<String> auditActors(long submissionId) {
		return this.jdbc.sql("""
				select actor || ' ' || action from accounts.audit_log
				 where target_type = 'submission' and target_id = ? order by id
				""").param(String.valueOf(submissionId)).query(String.class).list();
	}

	private Submission own() {
		return this.submissions.find(this.commune, this.period.id(), this.world.commune).orElseThrow();
	}

	private String code(String name) {
		return this.world.code(name);
	}

	private record SubmissionSnapshot(long id, int version) {
	}

}
