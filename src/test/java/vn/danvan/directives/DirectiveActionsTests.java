package vn.danvan.directives;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.accounts.AuditEntry;
import vn.danvan.accounts.AuditLog;
import vn.danvan.accounts.AuditQuery;
import vn.danvan.units.RealAdministrativeUnits;
import vn.danvan.units.Unit;
import vn.danvan.units.imports.UnitImports;
import vn.danvan.units.UnitKind;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;
import vn.danvan.directives.actions.ActionMatrix;
import vn.danvan.directives.actions.ActionProgress;
import vn.danvan.directives.actions.ActionRecord;
import vn.danvan.directives.register.Upload;
import vn.danvan.shared.errors.NotFoundException;
import vn.danvan.shared.errors.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Actions for the communes of a province, what the communes record, the matrix with its
 * totals and overdue list, and the scope of each step.
 */
@DanvanIntegrationTest
class DirectiveActionsTests {

	@Autowired
	Directives directives;

	@Autowired
	DirectiveActions actions;

	@Autowired
	UnitImports imports;

	@Autowired
	Units units;

	@Autowired
	AuditLog audit;

	LocalDate today;

	Unit province;

	List<Unit> communes;

	Directive directive;

	TestUser provinceOfficer;

	@BeforeEach
	void aDirectiveOfTheProvince() throws IOException {
		RealAdministrativeUnits.importOnce(this.imports);
		this.today = UnitScope.today();
		this.province = this.units.findByCode(UnitLevel.PROVINCE, "40", this.today).orElseThrow();
		this.communes = this.units.descendants(this.province.id(), this.today, UnitLevel.COMMUNE)
			.stream()
			.filter((u) -> u.kind().administrative())
			.toList();
		this.provinceOfficer = TestUser.officerOf(this.province.id());
		this.directive = this.directives.register(this.provinceOfficer, DirectivesTests.form(DirectiveType.DIRECTIVE,
				DirectivesTests.unique("CT/TU"), this.today.minusMonths(2), "Ban Thường vụ Tỉnh ủy Nghệ An"), List.of(),
				null);
	}

	@Test
	void communesRecordWhatTheyDidAndTheMatrixAddsItUp() {
		DirectiveAction action = this.actions.declare(this.provinceOfficer, this.directive.id(),
				new NewDirectiveAction(DirectiveActionKind.DISSEMINATION, "Quán triệt đến chi bộ",
						this.today.minusDays(10), null, null, List.of(UnitLevel.COMMUNE), List.of()),
				"127.0.0.1");
		assertThat(action.scopeUnitId()).isEqualTo(this.province.id());
		Unit first = this.communes.get(0);
		Unit second = this.communes.get(1);
		Unit third = this.communes.get(2);
		ActionRecord onTime = this.actions.record(TestUser.officerOf(first.id()), action.id(),
				new NewActionRecord(first.id(), this.today.minusDays(20), "12-KH/ĐU", 120, "Hội nghị toàn đảng bộ"),
				DirectivesTests.pdf(), "127.0.0.1");
		assertThat(onTime.evidenceId()).isNotNull();
		this.actions.record(this.provinceOfficer, action.id(), new NewActionRecord(second.id(), this.today, "", 45, ""),
				null, null);

		ActionMatrix matrix = this.actions.matrix(this.provinceOfficer, this.directive.id(), null, 10_000);
		assertThat(matrix.unitCount()).isEqualTo(this.communes.size());
		ActionProgress progress = matrix.totals().get(0);
		assertThat(progress.units()).isEqualTo(this.communes.size());
		assertThat(progress.done()).isEqualTo(2);
		assertThat(progress.late()).isEqualTo(this.communes.size() - 2);
		assertThat(progress.pending()).isZero();
		assertThat(matrix.overdue()).hasSize(this.communes.size() - 2)
			.allSatisfy((o) -> assertThat(o.daysLate()).isEqualTo(10));
		assertThat(cell(matrix, first).status()).isEqualTo(ActionStatus.DONE);
		assertThat(cell(matrix, first).record().participants()).isEqualTo(120);
		assertThat(cell(matrix, second).status()).isEqualTo(ActionStatus.DONE_LATE);
		assertThat(cell(matrix, third).status()).isEqualTo(ActionStatus.LATE);
		assertThat(this.actions.matrix(this.provinceOfficer, this.directive.id(), ActionStatus.DONE, 100).rows())
			.extracting((row) -> row.unit().id())
			.containsExactlyInAnyOrder(first.id(), second.id());

		ActionMatrix ofCommune = this.actions.matrix(TestUser.officerOf(third.id()), this.directive.id(), null, 100);
		assertThat(ofCommune.rows()).extracting((row) -> row.unit().id()).containsExactly(third.id());
		assertThat(this.actions.tasks(TestUser.officerOf(third.id())))
			.filteredOn((t) -> t.directive().id() == this.directive.id())
			.singleElement()
			.satisfies((t) -> assertThat(t.cell().status()).isEqualTo(ActionStatus.LATE));

		assertThat(this.audit
			.find(new AuditQuery(null, DirectiveActions.ACTION_RECORDED, first.id(), null, null, null, 10)))
			.extracting(AuditEntry::targetId)
			.contains(Long.toString(action.id()));
	}

	@Test
	void onlyUnitsConcernedAndInTheUsersScopeMayRecord() {
		DirectiveAction action = this.actions.declare(this.provinceOfficer, this.directive.id(),
				new NewDirectiveAction(DirectiveActionKind.ACTION_PLAN, "", this.today.plusMonths(1), null, null,
						List.of(UnitLevel.COMMUNE), List.of()),
				null);
		Unit first = this.communes.get(0);
		Unit second = this.communes.get(1);
		// another commune lies outside the first commune's scope: not found
		// (docs/security.md)
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.actions.record(TestUser.officerOf(first.id()), action.id(),
					new NewActionRecord(second.id(), this.today, "", null, ""), null, null));
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.actions.record(this.provinceOfficer, action.id(),
					new NewActionRecord(this.province.id(), this.today, "", null, ""), null, null))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("directives.error.unitNotConcerned"));
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.actions.record(this.provinceOfficer, action.id(),
					new NewActionRecord(first.id(), this.today.plusDays(1), "", null, ""), null, null))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("directives.error.doneInFuture"));
		Upload notPdf = new Upload("minh-chung.pdf", "GIF89a".getBytes(StandardCharsets.US_ASCII));
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.actions.record(this.provinceOfficer, action.id(),
					new NewActionRecord(first.id(), this.today, "", null, ""), notPdf, null))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("directives.error.fileType"));
		assertThat(this.actions.records(this.provinceOfficer, action.id(), first.id())).isEmpty();
		Unit otherProvince = this.units.findByCode(UnitLevel.PROVINCE, "01", this.today).orElseThrow();
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(
				() -> this.actions.matrix(TestUser.officerOf(otherProvince.id()), this.directive.id(), null, 10));
	}

	@Test
	void anActionMayConcernOrganisationsOfAKindAndMustStayInTheOfficersScope() {
		Unit otherProvince = this.units.findByCode(UnitLevel.PROVINCE, "01", this.today).orElseThrow();
		// Another province lies outside the officer's scope: not found (404), as any
		// object outside it (docs/security.md); nothing is declared.
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.actions.declare(this.provinceOfficer,
				this.directive.id(), new NewDirectiveAction(DirectiveActionKind.FINAL_REVIEW, "", this.today, null,
						otherProvince.id(), List.of(UnitLevel.COMMUNE), List.of()),
				null));
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.actions.declare(this.provinceOfficer, this.directive.id(),
					new NewDirectiveAction(DirectiveActionKind.FINAL_REVIEW, "", this.today, null, null, List.of(),
							List.of()),
					null))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("directives.error.levelsRequired"));
		DirectiveAction forTheProvince = this.actions.declare(this.provinceOfficer, this.directive.id(),
				new NewDirectiveAction(DirectiveActionKind.INTERIM_REVIEW, "", this.today.plusYears(1), 5, null,
						List.of(UnitLevel.PROVINCE), List.of(UnitKind.PROVINCE, UnitKind.CITY)),
				null);
		assertThat(this.actions.targets(this.provinceOfficer, forTheProvince)).extracting(Unit::id)
			.containsExactly(this.province.id());
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.directives.remove(this.provinceOfficer, this.directive.id(), null))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("directives.error.hasActions"));
	}

	MatrixCell cell(ActionMatrix matrix, Unit unit) {
		return matrix.rows()
			.stream()
			.filter((row) -> row.unit().id() == unit.id())
			.findFirst()
			.orElseThrow()
			.cells()
			.get(0);
	}

}
