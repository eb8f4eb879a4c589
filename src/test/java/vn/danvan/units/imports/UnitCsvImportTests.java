package vn.danvan.units.imports;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.DanvanIntegrationTest;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.Units;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV import of units: all-or-nothing, line-by-line report, idempotent. Each test
 * uses codes of its own, valid from 2040, away from the real data.
 */
@DanvanIntegrationTest
class UnitCsvImportTests {

	static final String HEADER = "code,name,full_name,level,kind,parent_code,valid_from,valid_to\n";

	static final LocalDate DAY = LocalDate.of(2040, 6, 1);

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	UnitImports imports;

	@Autowired
	Units units;

	String p;

	@BeforeEach
	void prefix() {
		this.p = "TC" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
	}

	@Test
	void aValidFileIsImportedAndARepeatChangesNothing() {
		String csv = HEADER
				+ """
						%1$s,Gốc CSV,Gốc CSV %1$s,CENTRAL,CENTRE,,2040-01-01,
						%1$s-P,Hòa Bình,Tỉnh Hòa Bình,PROVINCE,PROVINCE,%1$s,2040-01-01,
						%1$s-X,An Lạc,Xã An Lạc,COMMUNE,COMMUNE,%1$s-P,01/01/2040,31/12/2041
						,Ban Tuyên giáo và Dân vận Tỉnh ủy,"Ban Tuyên giáo và Dân vận Tỉnh ủy Hòa Bình, khóa thử",PROVINCE,PROPAGANDA_AND_MOBILISATION_BOARD,%1$s-P,2040-01-01,
						"""
					.formatted(this.p);

		ImportReport first = this.imports.importCsv(stream(csv), "test");

		assertThat(first.errors()).isEmpty();
		assertThat(first.applied()).isTrue();
		assertThat(first.unitsCreated()).isEqualTo(4);
		Unit province = this.units.findByCode(UnitLevel.PROVINCE, this.p + "-P", DAY).orElseThrow();
		assertThat(this.units.children(province.id(), DAY)).extracting(Unit::fullName)
			.containsExactlyInAnyOrder("Ban Tuyên giáo và Dân vận Tỉnh ủy Hòa Bình, khóa thử", "Xã An Lạc");
		Unit commune = this.units.findByCode(UnitLevel.COMMUNE, this.p + "-X", DAY).orElseThrow();
		assertThat(commune.validTo()).isEqualTo(LocalDate.of(2041, 12, 31));

		ImportReport again = this.imports.importCsv(stream(csv), "test");
		assertThat(again.applied()).isTrue();
		assertThat(again.unitsCreated()).isZero();
		assertThat(again.unitsChanged()).isZero();
		assertThat(again.unitsUnchanged()).isEqualTo(4);
	}

	@Test
	void badLinesAreReportedWithTheirNumbersAndNothingIsWritten() {
		String csv = HEADER + """
				%1$s,Gốc,Gốc %1$s,CENTRAL,CENTRE,,2040-01-01,
				%1$s-A,A,Tỉnh A,PROVINCE,PROVINCE,%1$s,2040-01-01,
				%1$s-B,B,Tỉnh B,PROVINCE,NO_SUCH_KIND,%1$s,2040-01-01,
				%1$s-C,C,Tỉnh C,PROVINCE,PROVINCE,%1$s,2040-13-01,
				%1$s-D,D,Tỉnh D,PROVINCE,PROVINCE,%1$s,2040-05-01,2040-04-01
				%1$s-E,E,Tỉnh E,PROVINCE,PROVINCE,%1$s-NOWHERE,2040-01-01,
				%1$s-A,A2,Tỉnh A2,PROVINCE,PROVINCE,%1$s,2040-03-01,
				%1$s-F,F,Tỉnh F,PROVINCE
				""".formatted(this.p);

		ImportReport report = this.imports.importCsv(stream(csv), "test");

		assertThat(report.applied()).isFalse();
		assertThat(report.errors()).extracting(ImportIssue::reference)
			.contains("dòng 4", "dòng 5", "dòng 6", "dòng 9")
			.doesNotContain("dòng 2", "dòng 3");
		assertThat(report.errors()).anySatisfy((issue) -> assertThat(issue.message()).contains("NO_SUCH_KIND"));
		assertThat(report.errors()).anySatisfy((issue) -> assertThat(issue.message()).contains("valid_to"));
		assertThat(this.units.findByCode(UnitLevel.CENTRAL, this.p, DAY)).isEmpty();

		String second = HEADER + """
				%1$s,Gốc,Gốc %1$s,CENTRAL,CENTRE,,2040-01-01,
				%1$s-A,A,Tỉnh A,PROVINCE,PROVINCE,%1$s,2040-01-01,
				%1$s-E,E,Tỉnh E,PROVINCE,PROVINCE,%1$s-NOWHERE,2040-01-01,
				%1$s-A,A2,Tỉnh A2,PROVINCE,PROVINCE,%1$s,2040-03-01,
				""".formatted(this.p);
		ImportReport rejected = this.imports.importCsv(stream(second), "test");
		assertThat(rejected.errors()).extracting(ImportIssue::reference).containsExactly("dòng 4", "dòng 5");
		assertThat(rejected.errors().get(0).message()).contains("Không tìm thấy đơn vị cấp trên");
		assertThat(rejected.errors().get(1).message()).contains("bị lặp");
		assertThat(this.units.findByCode(UnitLevel.CENTRAL, this.p, DAY)).isEmpty();
	}

	@Test
	void aCycleOfParentsIsFound() {
		String csv = HEADER + """
				%1$s-A,A,Tỉnh A,PROVINCE,PROVINCE,%1$s-B,2040-01-01,
				%1$s-B,B,Tỉnh B,PROVINCE,PROVINCE,%1$s-A,2040-01-01,
				""".formatted(this.p);

		ImportReport report = this.imports.importCsv(stream(csv), "test");

		assertThat(report.applied()).isFalse();
		assertThat(report.errors()).singleElement()
			.satisfies((issue) -> assertThat(issue.message()).startsWith("Vòng lặp cấp trên"));
	}

	@Test
	void anOverlapWithAnExistingVersionIsAnError() {
		String csv = HEADER + """
				%1$s,Gốc,Gốc %1$s,CENTRAL,CENTRE,,2040-01-01,
				%1$s-A,A,Tỉnh A,PROVINCE,PROVINCE,%1$s,2040-01-01,
				""".formatted(this.p);
		assertThat(this.imports.importCsv(stream(csv), "test").applied()).isTrue();

		String overlapping = HEADER + """
				%1$s-A,A khác,Tỉnh A khác,PROVINCE,PROVINCE,%1$s,2040-03-01,
				""".formatted(this.p);
		ImportReport report = this.imports.importCsv(stream(overlapping), "test");
		assertThat(report.applied()).isFalse();
		assertThat(report.errors()).singleElement().satisfies((issue) -> {
			assertThat(issue.reference()).isEqualTo("dòng 2");
			assertThat(issue.message()).contains("Chồng lấn");
		});
	}

	@Test
	void strayWhitespaceAndDecomposedLettersAreCleanedWithAWarning() {
		String decomposed = Normalizer.normalize("Xã Bình Định", Normalizer.Form.NFD);
		String csv = HEADER + """
				%1$s,Gốc,Gốc %1$s,CENTRAL,CENTRE,,2040-01-01,
				%1$s-P,P,Tỉnh P,PROVINCE,PROVINCE,%1$s,2040-01-01,
				%1$s-X, Bình  Định ,%2$s,COMMUNE,COMMUNE,%1$s-P,2040-01-01,
				""".formatted(this.p, decomposed);

		ImportReport report = this.imports.importCsv(stream(csv), "test");

		assertThat(report.applied()).isTrue();
		assertThat(report.warnings()).extracting(ImportIssue::reference).containsOnly("dòng 4");
		assertThat(report.warnings()).hasSize(2);
		Unit commune = this.units.findByCode(UnitLevel.COMMUNE, this.p + "-X", DAY).orElseThrow();
		assertThat(commune.name()).isEqualTo("Bình Định");
		assertThat(commune.fullName()).isEqualTo("Xã Bình Định");
	}

	@Test
	void aBinaryOrWronglyHeadedFileIsRefused() {
		ImportReport binary = this.imports
			.importCsv(new ByteArrayInputStream(new byte[] { 'P', 'K', 3, 4, 0, 0, 1, 2 }), "test");
		assertThat(binary.applied()).isFalse();
		assertThat(binary.errors()).singleElement()
			.satisfies((issue) -> assertThat(issue.message()).contains("không phải văn bản CSV"));

		ImportReport latin1 = this.imports
			.importCsv(new ByteArrayInputStream("code,name\nX,H\u00f4".getBytes(StandardCharsets.ISO_8859_1)), "test");
		assertThat(latin1.errors()).singleElement().satisfies((issue) -> assertThat(issue.message()).contains("UTF-8"));

		ImportReport header = this.imports.importCsv(stream("ma,ten\n1,2\n"), "test");
		assertThat(header.errors()).singleElement().satisfies((issue) -> {
			assertThat(issue.reference()).isEqualTo("dòng 1");
			assertThat(issue.message()).contains("Sai tiêu đề");
		});
	}

	@Test
	void formedFromRecordsTheMergeOfUnitsOfTheFile() {
		String csv = "code,name,full_name,level,kind,parent_code,valid_from,valid_to,formed_from\n" + """
				%1$s,Gốc,Gốc %1$s,CENTRAL,CENTRE,,2040-01-01,,
				%1$s-A,A,Tỉnh A,PROVINCE,PROVINCE,%1$s,2040-01-01,2041-01-01,
				%1$s-B,B,Tỉnh B,PROVINCE,PROVINCE,%1$s,2040-01-01,2041-01-01,
				%1$s-A,A mới,Tỉnh A mới,PROVINCE,PROVINCE,%1$s,2041-01-01,,%1$s-A;%1$s-B*
				""".formatted(this.p);

		ImportReport report = this.imports.importCsv(stream(csv), "test");

		assertThat(report.errors()).isEmpty();
		assertThat(report.successionsCreated()).isEqualTo(2);
		Unit oldB = this.units.findByCode(UnitLevel.PROVINCE, this.p + "-B", DAY).orElseThrow();
		Unit newA = this.units.findByCode(UnitLevel.PROVINCE, this.p + "-A", LocalDate.of(2041, 1, 1)).orElseThrow();
		assertThat(this.units.currentUnits(oldB.id(), LocalDate.of(2041, 6, 1))).singleElement()
			.satisfies((current) -> {
				assertThat(current.unit().id()).isEqualTo(newA.id());
				assertThat(current.approximate()).isTrue();
			});
		assertThat(this.imports.importCsv(stream(csv), "test").successionsCreated()).isZero();
	}

	static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
