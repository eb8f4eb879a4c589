package vn.danvan.units.imports;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.Units;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo seed goes through the CSV import, holds the 2025 province merges, and loads
 * twice without creating anything the second time. It runs in a transaction that is
 * rolled back, because the shared test database may already hold the real data (which the
 * seed then matches by level and code) and other tests count its provinces.
 */
@DanvanIntegrationTest
@Transactional
class DemoUnitsTests {

	static final LocalDate TODAY = UnitImportsTests.TODAY;

	@Autowired
	DemoUnits demo;

	@Autowired
	Units units;

	@Test
	void theSeedLoadsAndARepeatCreatesNothing() {
		ImportReport first = this.demo.load();
		assertThat(first.errors()).isEmpty();
		assertThat(first.applied()).isTrue();

		Unit quangNgai = this.units.findByCode(UnitLevel.PROVINCE, "51", TODAY).orElseThrow();
		assertThat(quangNgai.fullName()).isEqualTo("Tỉnh Quảng Ngãi");
		assertThat(this.units.children(quangNgai.id(), TODAY)).extracting(Unit::fullName)
			.contains("Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi", "Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi",
					"Tỉnh ủy Quảng Ngãi", "Công an tỉnh Quảng Ngãi", "Phường Cẩm Thành", "Xã Bình Sơn");
		Unit konTum = this.units.findByCode(UnitLevel.PROVINCE, "62", UnitImports.BEFORE_REFORM_2025).orElseThrow();
		assertThat(this.units.currentUnits(konTum.id(), TODAY)).extracting((current) -> current.unit().id())
			.containsExactly(quangNgai.id());
		Unit kienGiang = this.units.findByCode(UnitLevel.PROVINCE, "91", UnitImports.BEFORE_REFORM_2025).orElseThrow();
		assertThat(kienGiang.fullName()).isEqualTo("Tỉnh Kiên Giang");
		assertThat(this.units.currentUnits(kienGiang.id(), TODAY)).extracting((current) -> current.unit().fullName())
			.containsExactly("Tỉnh An Giang");
		Unit haNoi = this.units.findByCode(UnitLevel.PROVINCE, "01", UnitImports.BEFORE_REFORM_2025).orElseThrow();
		assertThat(this.units.findByCode(UnitLevel.PROVINCE, "01", TODAY)).contains(haNoi);

		ImportReport second = this.demo.load();
		assertThat(second.errors()).isEmpty();
		assertThat(second.unitsCreated()).isZero();
		assertThat(second.unitsChanged()).isZero();
		assertThat(second.successionsCreated()).isZero();
		assertThat(second.unitsUnchanged())
			.isEqualTo(first.unitsCreated() + first.unitsChanged() + first.unitsUnchanged());
	}

}
