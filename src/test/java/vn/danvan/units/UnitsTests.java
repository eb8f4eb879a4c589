package vn.danvan.units;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.units.imports.UnitImports;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the tree of the real data: search without diacritics, Vietnamese order,
 * ancestors and scope.
 */
@DanvanIntegrationTest
class UnitsTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 1);

	@Autowired
	UnitImports imports;

	@Autowired
	Units units;

	@BeforeEach
	void importRealData() throws Exception {
		RealAdministrativeUnits.importOnce(this.imports);
	}

	@Test
	void searchIgnoresDiacriticsAndCase() {
		assertThat(this.units.search("kon tum", MARCH_2025, null, UnitLevel.PROVINCE, 10)).extracting(Unit::fullName)
			.containsExactly("Tỉnh Kon Tum");
		assertThat(this.units.search("DAK LAK", TODAY, null, UnitLevel.PROVINCE, 10)).extracting(Unit::fullName)
			.containsExactly("Tỉnh Đắk Lắk");
		assertThat(this.units.search("Đắk Lắk", TODAY, null, UnitLevel.PROVINCE, 10)).extracting(Unit::fullName)
			.containsExactly("Tỉnh Đắk Lắk");
		assertThat(this.units.search("kon tum", TODAY, null, UnitLevel.PROVINCE, 10)).isEmpty();
		assertThat(this.units.search("100%_", TODAY, null, null, 10)).isEmpty();
	}

	@Test
	void childrenComeInVietnameseOrder() {
		long centre = this.units.roots(TODAY).get(0).id();
		assertThat(this.units.children(centre, TODAY)).extracting(Unit::name)
			.startsWith("An Giang", "Bắc Ninh", "Cà Mau", "Cao Bằng")
			.containsSubsequence("Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai");
	}

	@Test
	void ancestorsAndScopeFollowTheTreeOfTheDate() {
		Unit commune = this.units.search("phuong ba dinh", TODAY, null, UnitLevel.COMMUNE, 1).get(0);
		Unit haNoi = this.units.findByCode(UnitLevel.PROVINCE, "01", TODAY).orElseThrow();
		assertThat(this.units.ancestors(commune.id(), TODAY)).extracting(Unit::name)
			.containsExactly("Hà Nội", "Trung ương");
		assertThat(this.units.isWithin(commune.id(), haNoi.id(), TODAY)).isTrue();
		Unit hue = this.units.findByCode(UnitLevel.PROVINCE, "46", TODAY).orElseThrow();
		assertThat(this.units.isWithin(commune.id(), hue.id(), TODAY)).isFalse();
		assertThat(this.units.search("ba dinh", TODAY, hue.id(), null, 10)).isEmpty();

		Unit oldCommune = this.units.search("phuong truc bach", MARCH_2025, null, UnitLevel.COMMUNE, 1).get(0);
		assertThat(this.units.ancestors(oldCommune.id(), MARCH_2025)).extracting(Unit::fullName)
			.containsExactly("Quận Ba Đình", "Thành phố Hà Nội", "Trung ương");
	}

}
