package vn.danvan.units.tree;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.shared.errors.RejectedException;
import vn.danvan.units.Succession;
import vn.danvan.units.SuccessionKind;
import vn.danvan.units.SuccessionRecorded;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitChanged;
import vn.danvan.units.UnitClosed;
import vn.danvan.units.UnitCreated;
import vn.danvan.units.UnitKind;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The administrators' changes to the tree, on a small tree of its own far in the future
 * (from 2030) so that it meets neither the real data nor other tests.
 */
@DanvanIntegrationTest
@RecordApplicationEvents
class UnitAdministrationTests {

	static final LocalDate START = LocalDate.of(2030, 1, 1);

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	UnitAdministration administration;

	@Autowired
	Units units;

	@Autowired
	ApplicationEvents events;

	String prefix;

	long root;

	long province;

	@BeforeEach
	void createTree() {
		this.prefix = "TA" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
		this.root = this.administration.create(
				new NewUnit(this.prefix, "Gốc thử", "Gốc thử " + this.prefix, UnitKind.CENTRE, null, START), "test");
		this.province = create("Thử", "Tỉnh Thử", UnitKind.PROVINCE, this.root, START);
	}

	@Test
	void aNewUnitTakesItsLevelFromItsKindAndParent() {
		long commune = create("Bình An", "Xã  Bình An ", UnitKind.COMMUNE, this.province, START);
		long board = this.administration.create(new NewUnit("", "Ban Tuyên giáo và Dân vận Tỉnh ủy", null,
				UnitKind.PROPAGANDA_AND_MOBILISATION_BOARD, this.province, START), "test");

		Unit communeUnit = this.units.get(commune, START);
		assertThat(communeUnit.level()).isEqualTo(UnitLevel.COMMUNE);
		assertThat(communeUnit.fullName()).isEqualTo("Xã Bình An");
		Unit boardUnit = this.units.get(board, START);
		assertThat(boardUnit.level()).isEqualTo(UnitLevel.PROVINCE);
		assertThat(boardUnit.code()).isNull();
		assertThat(boardUnit.fullName()).isEqualTo("Ban Tuyên giáo và Dân vận Tỉnh ủy");
		assertThat(this.events.stream(UnitCreated.class)).anySatisfy((event) -> {
			assertThat(event.audit().action()).isEqualTo(UnitAdministration.CREATED);
			assertThat(event.unitId()).isEqualTo(commune);
			assertThat(event.actor()).isEqualTo("test");
			assertThat(event.after()).containsEntry("name", "Bình An").containsEntry("level", "COMMUNE");
		});
	}

	@Test
	void aUnitNeedsAParentThatExistsOnItsFirstDay() {
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.administration.create(
					new NewUnit(code("X"), "Sớm", null, UnitKind.COMMUNE, this.province, START.minusDays(1)), "test"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("unit.error.parentNotFound"));
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.administration
				.create(new NewUnit("", "Xã không mã", null, UnitKind.COMMUNE, this.province, START), "test"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("code"));
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.administration
				.create(new NewUnit(code("P"), "Tỉnh dưới xã", null, UnitKind.PROVINCE, this.province, START), "test"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("unit.error.levelUnderParent"));
	}

	@Test
	void aRenameFromADateKeepsTheHistory() {
		long commune = create("Bình An", "Xã Bình An", UnitKind.COMMUNE, this.province, START);
		LocalDate effective = LocalDate.of(2031, 1, 1);
		String token = this.administration.versionToken(commune);
		Unit before = this.units.get(commune, START);

		this.administration.change(commune,
				new UnitChange(before.code(), "Bình An Mới", "Phường Bình An Mới", UnitKind.WARD, this.province),
				effective, token, "test");

		assertThat(this.units.get(commune, effective.minusDays(1)).fullName()).isEqualTo("Xã Bình An");
		assertThat(this.units.get(commune, effective).fullName()).isEqualTo("Phường Bình An Mới");
		assertThat(this.units.get(commune, effective).kind()).isEqualTo(UnitKind.WARD);
		assertThat(this.units.history(commune).versions()).hasSize(2);
		assertThat(this.events.stream(UnitChanged.class)).anySatisfy((event) -> {
			assertThat(event.audit().action()).isEqualTo(UnitAdministration.CHANGED);
			assertThat(event.before()).containsEntry("fullName", "Xã Bình An");
			assertThat(event.after()).containsEntry("fullName", "Phường Bình An Mới");
		});
	}

	@Test
	void aMoveThatMakesACycleIsRefused() {
		long committee = create("Tỉnh ủy", "Tỉnh ủy Thử", UnitKind.PARTY_COMMITTEE, this.province, START);
		long board = create("Ban", "Ban Tuyên giáo và Dân vận Tỉnh ủy Thử", UnitKind.PROPAGANDA_AND_MOBILISATION_BOARD,
				committee, START);
		LocalDate effective = LocalDate.of(2031, 1, 1);

		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.administration.change(committee,
					new UnitChange(null, "Tỉnh ủy", "Tỉnh ủy Thử", UnitKind.PARTY_COMMITTEE, board), effective,
					this.administration.versionToken(committee), "test"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("unit.error.cycle"));
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.administration.change(committee,
					new UnitChange(null, "Tỉnh ủy", "Tỉnh ủy Thử", UnitKind.PARTY_COMMITTEE, committee), effective,
					this.administration.versionToken(committee), "test"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("unit.error.cycle"));
		assertThat(this.units.history(committee).versions()).hasSize(1);

		long other = create("Khác", "Tỉnh Khác", UnitKind.PROVINCE, this.root, START);
		this.administration.change(board,
				new UnitChange(null, "Ban", "Ban Tuyên giáo và Dân vận Tỉnh ủy Thử",
						UnitKind.PROPAGANDA_AND_MOBILISATION_BOARD, other),
				effective, this.administration.versionToken(board), "test");
		assertThat(this.units.get(board, effective).parentId()).isEqualTo(other);
		assertThat(this.units.get(board, effective.minusDays(1)).parentId()).isEqualTo(committee);
	}

	@Test
	void anEditBuiltOnAnOutdatedPageIsRefused() {
		long commune = create("Bình An", "Xã Bình An", UnitKind.COMMUNE, this.province, START);
		String token = this.administration.versionToken(commune);
		String code = this.units.get(commune, START).code();
		this.administration.change(commune,
				new UnitChange(code, "Bình An 1", "Xã Bình An 1", UnitKind.COMMUNE, this.province),
				LocalDate.of(2031, 1, 1), token, "someone");

		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.administration.change(commune,
					new UnitChange(code, "Bình An 2", "Xã Bình An 2", UnitKind.COMMUNE, this.province),
					LocalDate.of(2032, 1, 1), token, "test"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("unit.error.stale"));
		assertThat(this.units.history(commune).versions()).extracting(Unit::name)
			.containsExactly("Bình An", "Bình An 1");
	}

	@Test
	void aUnitWithChildrenCannotBeClosed() {
		long commune = create("Bình An", "Xã Bình An", UnitKind.COMMUNE, this.province, START);
		LocalDate date = LocalDate.of(2031, 1, 1);

		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.administration.close(this.province, date, "test"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("unit.error.hasChildren"));
		assertThat(this.units.find(this.province, date)).isPresent();

		this.administration.close(commune, date, "test");
		assertThat(this.units.find(commune, date)).isEmpty();
		assertThat(this.units.find(commune, date.minusDays(1))).isPresent();
		assertThat(this.events.stream(UnitClosed.class))
			.anySatisfy((event) -> assertThat(event.audit().action()).isEqualTo(UnitAdministration.CLOSED));
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.administration.close(commune, date, "test"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("unit.error.alreadyClosed"));
	}

	@Test
	void twoCommunesMergeIntoANewOne() {
		long a = create("A", "Xã A", UnitKind.COMMUNE, this.province, START);
		long b = create("B", "Xã B", UnitKind.COMMUNE, this.province, START);
		LocalDate date = LocalDate.of(2032, 1, 1);
		RecordSuccession merge = new RecordSuccession(date,
				List.of(new RecordSuccession.Link(a, null, false), new RecordSuccession.Link(b, null, false)),
				new RecordSuccession.NewTarget(code("C"), "C", "Xã C", UnitKind.COMMUNE, this.province));

		SuccessionPreview preview = this.administration.previewSuccession(merge);
		assertThat(preview.kind()).isEqualTo(SuccessionKind.MERGE);
		assertThat(preview.closing()).extracting(Unit::fullName).containsExactly("Xã A", "Xã B");
		assertThat(this.units.find(a, date)).isPresent();

		List<Long> targets = this.administration.recordSuccession(merge, "test");

		long c = targets.get(0);
		assertThat(this.units.get(c, date).fullName()).isEqualTo("Xã C");
		assertThat(this.units.find(a, date)).isEmpty();
		assertThat(this.units.find(b, date)).isEmpty();
		assertThat(this.units.find(a, date.minusDays(1))).isPresent();
		assertThat(this.units.history(c).formedFrom()).extracting(Succession::fromName)
			.containsExactlyInAnyOrder("Xã A", "Xã B");
		assertThat(this.units.history(c).formedFrom()).allSatisfy((s) -> {
			assertThat(s.kind()).isEqualTo(SuccessionKind.MERGE);
			assertThat(s.partial()).isFalse();
		});
		assertThat(this.units.currentUnits(a, date.plusMonths(6))).extracting((current) -> current.unit().id())
			.containsExactly(c);
		assertThat(this.events.stream(SuccessionRecorded.class)
			.filter((event) -> UnitAdministration.SUCCESSION_RECORDED.equals(event.audit().action()))
			.map(SuccessionRecorded::unitId)).containsExactlyInAnyOrder(a, b);
	}

	@Test
	void aMergeIntoAUnitThatDoesNotExistYetIsRefusedAndWritesNothing() {
		long a = create("A", "Xã A", UnitKind.COMMUNE, this.province, START);
		long b = create("B", "Xã B", UnitKind.COMMUNE, this.province, START);
		long later = create("Sau", "Xã Sau", UnitKind.COMMUNE, this.province, LocalDate.of(2033, 1, 1));
		LocalDate date = LocalDate.of(2032, 6, 1);
		RecordSuccession merge = new RecordSuccession(date,
				List.of(new RecordSuccession.Link(a, later, false), new RecordSuccession.Link(b, later, false)), null);

		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.administration.recordSuccession(merge, "test"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("succession.error.targetNotValid"));
		assertThat(this.units.find(a, date)).isPresent();
		assertThat(this.units.find(b, date)).isPresent();
		assertThat(this.units.history(a).became()).isEmpty();

		RecordSuccession sameUnit = new RecordSuccession(date, List.of(new RecordSuccession.Link(a, a, false)), null);
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.administration.recordSuccession(sameUnit, "test"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("succession.error.sameUnit"));
	}

	@Test
	void aMergeWithAnInvalidNewUnitWritesNothing() {
		long a = create("A", "Xã A", UnitKind.COMMUNE, this.province, START);
		LocalDate date = LocalDate.of(2032, 1, 1);
		RecordSuccession merge = new RecordSuccession(date, List.of(new RecordSuccession.Link(a, null, false)),
				new RecordSuccession.NewTarget(code("C"), " ", null, UnitKind.COMMUNE, this.province));

		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> this.administration.recordSuccession(merge, "test"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("newTarget.name"));
		assertThat(this.units.find(a, date)).isPresent();
		assertThat(this.units.children(this.province, date)).extracting(Unit::id).containsExactly(a);
	}

	@Test
	void aPartialSplitLeavesTheSourceAndMarksTheLinks() {
		long a = create("A", "Xã A", UnitKind.COMMUNE, this.province, START);
		long b = create("B", "Xã B", UnitKind.COMMUNE, this.province, START);
		LocalDate date = LocalDate.of(2032, 1, 1);
		this.administration.recordSuccession(
				new RecordSuccession(date,
						List.of(new RecordSuccession.Link(a, b, true), new RecordSuccession.Link(a, null, true)),
						new RecordSuccession.NewTarget(code("D"), "D", "Xã D", UnitKind.COMMUNE, this.province)),
				"test");

		assertThat(this.units.find(a, date)).isPresent();
		assertThat(this.units.history(a).became()).hasSize(2).allSatisfy((s) -> {
			assertThat(s.kind()).isEqualTo(SuccessionKind.SPLIT);
			assertThat(s.partial()).isTrue();
		});
	}

	private long create(String name, String fullName, UnitKind kind, long parent, LocalDate from) {
		String code = kind.administrative() ? code(name) : null;
		return this.administration.create(new NewUnit(code, name, fullName, kind, parent, from), "test");
	}

	private String code(String name) {
		return this.prefix + "-" + name.replace(' ', '-') + "-" + SEQUENCE.incrementAndGet();
	}

}
