package vn.danvan.units.tree;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitKind;
import vn.danvan.units.Units;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Units.subtreeIds}: the unit and everything below it on the date, the same units
 * as {@code descendants}; a unit created a moment later is in the next answer (the kept
 * subtrees are emptied when a change of the tree commits).
 */
@DanvanIntegrationTest
class SubtreeIdsTests {

	static final LocalDate START = LocalDate.of(2020, 1, 1);

	@Autowired
	UnitAdministration administration;

	@Autowired
	Units units;

	@Test
	void theSubtreeFollowsTheTreeAsSoonAsItChanges() {
		String p = "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
		long centre = this.administration.create(new NewUnit(p, "Trung ương " + p, null, UnitKind.CENTRE, null, START),
				"test");
		long province = this.administration
			.create(new NewUnit(p + "P", "Tỉnh " + p, null, UnitKind.PROVINCE, centre, START), "test");
		long commune = this.administration
			.create(new NewUnit(p + "C1", "Xã Một " + p, null, UnitKind.COMMUNE, province, START), "test");
		LocalDate today = LocalDate.now();
		assertThat(this.units.subtreeIds(centre, today)).containsExactly(centre, province, commune);
		assertThat(this.units.subtreeIds(province, today)).containsExactly(province, commune);
		assertThat(this.units.subtreeIds(province, START.minusDays(1))).containsExactly(province);

		long second = this.administration
			.create(new NewUnit(p + "C2", "Xã Hai " + p, null, UnitKind.COMMUNE, province, START), "test");
		assertThat(this.units.subtreeIds(province, today)).containsExactlyInAnyOrder(province, commune, second);
		assertThat(this.units.subtreeIds(centre, today)).containsExactlyInAnyOrder(centre, province, commune, second)
			.containsExactlyInAnyOrderElementsOf(java.util.stream.Stream
				.concat(java.util.stream.Stream.of(centre),
						this.units.descendants(centre, today, null).stream().map(Unit::id))
				.toList());
	}

}
