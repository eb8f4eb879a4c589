package vn.danvan.units.imports;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.units.CurrentUnit;
import vn.danvan.units.RealAdministrativeUnits;
import vn.danvan.units.Succession;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.Units;

import static org.assertj.core.api.Assertions.assertThat;

@DanvanIntegrationTest
class UnitImportsTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 1);

	@Autowired
	UnitImports imports;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	ImportReport report;

	@BeforeEach
	void importRealData() throws Exception {
		this.report = RealAdministrativeUnits.importOnce(this.imports);
	}

	@Test
	void theRealFilesImportWithTheirInconsistenciesReported() {
		assertThat(this.report.errors()).isEmpty();
		assertThat(this.report.applied()).isTrue();
		assertThat(this.report.unitsCreated()).isGreaterThan(14_000);
		assertThat(this.report.successionsCreated()).isGreaterThan(10_000);
		assertThat(this.report.warnings()).isNotEmpty()
			.anySatisfy((issue) -> assertThat(issue.message()).contains("Không có liên kết"));
	}

	@Test
	void todayThereAre34ProvincesAnd3321Communes() {
		long centre = centre(TODAY);
		assertThat(this.units.descendants(centre, TODAY, UnitLevel.PROVINCE)).hasSize(34);
		assertThat(this.units.descendants(centre, TODAY, UnitLevel.COMMUNE)).hasSize(3321);
		assertThat(this.units.descendants(centre, TODAY, UnitLevel.DISTRICT)).isEmpty();
	}

	@Test
	void onTheFirstOfMarch2025ThereWere63Provinces696DistrictsAnd10035Communes() {
		long centre = centre(MARCH_2025);
		assertThat(this.units.descendants(centre, MARCH_2025, UnitLevel.PROVINCE)).hasSize(63);
		assertThat(this.units.descendants(centre, MARCH_2025, UnitLevel.DISTRICT)).hasSize(696);
		assertThat(this.units.descendants(centre, MARCH_2025, UnitLevel.COMMUNE)).hasSize(10_035);
	}

	@Test
	void konTumBecameQuangNgaiAndKienGiangBecameAnGiang() {
		Unit konTum = this.units.findByCode(UnitLevel.PROVINCE, "62", MARCH_2025).orElseThrow();
		assertThat(konTum.name()).isEqualTo("Kon Tum");
		assertThat(konTum.validTo()).isEqualTo(UnitImports.REFORM_2025);
		List<CurrentUnit> now = this.units.currentUnits(konTum.id(), TODAY);
		assertThat(now).singleElement().satisfies((current) -> {
			assertThat(current.unit().code()).isEqualTo("51");
			assertThat(current.unit().name()).isEqualTo("Quảng Ngãi");
			assertThat(current.approximate()).isFalse();
		});

		Unit kienGiang = this.units.findByCode(UnitLevel.PROVINCE, "91", MARCH_2025).orElseThrow();
		assertThat(kienGiang.name()).isEqualTo("Kiên Giang");
		Unit anGiang = this.units.currentUnits(kienGiang.id(), TODAY).get(0).unit();
		assertThat(anGiang.code()).as("the new province took its partner's code").isEqualTo("91");
		assertThat(anGiang.name()).isEqualTo("An Giang");
		assertThat(anGiang.id()).as("a new identity, not the old unit").isNotEqualTo(kienGiang.id());
		assertThat(this.units.history(anGiang.id()).formedFrom()).extracting(Succession::fromName)
			.containsExactlyInAnyOrder("Tỉnh Kiên Giang", "Tỉnh An Giang");
	}

	@Test
	void anUnchangedProvinceKeepsItsIdentity() {
		Unit haNoiBefore = this.units.findByCode(UnitLevel.PROVINCE, "01", MARCH_2025).orElseThrow();
		Unit haNoiNow = this.units.findByCode(UnitLevel.PROVINCE, "01", TODAY).orElseThrow();
		assertThat(haNoiNow.id()).isEqualTo(haNoiBefore.id());
		assertThat(this.units.currentUnits(haNoiBefore.id(), TODAY)).extracting((c) -> c.unit().id())
			.containsExactly(haNoiBefore.id());
	}

	@Test
	void aCommuneSplitAcrossSeveralNewOnesIsApproximate() {
		Long splitCommune = this.jdbc.sql("""
				select from_unit from units.succession where partial and on_date = :reform
				 group by from_unit having count(*) > 1 limit 1
				""").param("reform", UnitImports.REFORM_2025).query(Long.class).single();
		List<CurrentUnit> now = this.units.currentUnits(splitCommune, TODAY);
		assertThat(now).hasSizeGreaterThan(1).allSatisfy((current) -> assertThat(current.approximate()).isTrue());
	}

	@Test
	void importingTheSameFilesAgainChangesNothing() throws Exception {
		int versionsBefore = count("units.unit_version");
		ImportReport again = RealAdministrativeUnits.importAgain(this.imports);
		assertThat(again.errors()).isEmpty();
		assertThat(again.unitsCreated()).isZero();
		assertThat(again.successionsCreated()).isZero();
		assertThat(count("units.unit_version")).isEqualTo(versionsBefore);
	}

	@Test
	void aTruncatedFileIsRejectedAndNothingIsWritten() throws Exception {
		int before = count("units.unit");
		byte[] whole = RealAdministrativeUnits.open("units-34-provinces-2026.json").readAllBytes();
		InputStream truncated = new ByteArrayInputStream(whole, 0, whole.length / 2);
		ImportReport rejected = this.imports.importReorganisation(
				RealAdministrativeUnits.open("units-63-provinces-2025-03.json"), truncated,
				RealAdministrativeUnits.open("merges.json"), UnitImports.REFORM_2025, MARCH_2025, "test");
		assertThat(rejected.applied()).isFalse();
		assertThat(rejected.errors()).singleElement()
			.satisfies((issue) -> assertThat(issue.message()).startsWith("Không đọc được JSON"));
		assertThat(count("units.unit")).isEqualTo(before);
	}

	@Test
	void aFileOfTheWrongShapeOrWithDuplicatedCodesIsRejected() {
		int before = count("units.unit");
		ImportReport wrongShape = this.imports.importReorganisation(json("{\"Code\": \"01\"}"),
				json("[{\"Code\":\"99\",\"Name\":\"Mới\",\"FullName\":\"Tỉnh Mới\",\"Wards\":[]}]"),
				json("{\"data\": []}"), LocalDate.of(2030, 1, 1), LocalDate.of(2029, 1, 1), "test");
		assertThat(wrongShape.applied()).isFalse();
		assertThat(wrongShape.errors()).extracting(ImportIssue::message)
			.anySatisfy((message) -> assertThat(message).startsWith("Sai định dạng"));

		ImportReport duplicated = this.imports.importReorganisation(json("[]"), json("""
				[{"Code":"98","Name":"A","FullName":"Tỉnh A","Wards":[
				  {"Code":"99001","Name":"X","FullName":"Xã X"},{"Code":"99001","Name":"Y","FullName":"Xã Y"}]}]
				"""), json("{\"data\": []}"), LocalDate.of(2030, 1, 1), LocalDate.of(2029, 1, 1), "test");
		assertThat(duplicated.applied()).isFalse();
		assertThat(duplicated.errors()).extracting(ImportIssue::reference, ImportIssue::message)
			.contains(org.assertj.core.groups.Tuple.tuple("tỉnh 98 / xã 99001", "Mã 99001 bị lặp."));
		assertThat(count("units.unit")).isEqualTo(before);
	}

	@Test
	void namesWithStrayWhitespaceOrDecomposedUnicodeAreNormalised() {
		String decomposed = java.text.Normalizer.normalize("Xã Ếch", java.text.Normalizer.Form.NFD);
		ImportReport report = this.imports.importReorganisation(json("[]"),
				json("[{\"Code\":\"97\",\"Name\":\"  Thử   nghiệm \",\"FullName\":\"Tỉnh Thử nghiệm\",\"Wards\":["
						+ "{\"Code\":\"97001\",\"Name\":\"Ếch\",\"FullName\":\"" + decomposed + "\"}]}]"),
				json("{\"data\": []}"), LocalDate.of(2031, 1, 1), LocalDate.of(2030, 6, 1), "test");
		assertThat(report.errors()).isEmpty();
		assertThat(report.warnings()).extracting(ImportIssue::message)
			.anySatisfy((message) -> assertThat(message).contains("đã chuẩn hóa thành \"Thử nghiệm\""));
		Unit commune = this.units.findByCode(UnitLevel.COMMUNE, "97001", LocalDate.of(2031, 1, 1)).orElseThrow();
		assertThat(commune.fullName()).isEqualTo("Xã Ếch").hasSize(6);
		assertThat(this.units.search("xa ech", LocalDate.of(2031, 1, 1), null, null, 10)).extracting(Unit::id)
			.containsExactly(commune.id());
	}

	long centre(LocalDate date) {
		return this.units.roots(date).get(0).id();
	}

	int count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

	static InputStream json(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
