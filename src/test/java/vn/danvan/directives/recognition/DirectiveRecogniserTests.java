package vn.danvan.directives.recognition;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.danvan.directives.DirectiveType;
import vn.danvan.directives.TestCatalogue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recogniser on the forms seen in real text, and how references resolve against the
 * catalogue.
 */
class DirectiveRecogniserTests {

	private final DirectiveRecogniser recogniser = new DirectiveRecogniser();

	@Test
	void aFullReferenceWithSymbolDateAndIssuer() {
		List<FoundReference> found = this.recogniser
			.find("thực hiện Nghị quyết số 25-NQ/TW ngày 3-6-2013 của Ban Chấp hành Trung ương Đảng về …");
		assertThat(found).hasSize(1);
		FoundReference reference = found.get(0);
		assertThat(reference.text())
			.isEqualTo("Nghị quyết số 25-NQ/TW ngày 3-6-2013 của Ban Chấp hành Trung ương Đảng");
		assertThat(reference.start()).isEqualTo(10);
		assertThat(reference.types()).containsExactly(DirectiveType.RESOLUTION);
		assertThat(reference.number()).isEqualTo("25");
		assertThat(reference.symbol()).isEqualTo("25-NQ/TW");
		assertThat(reference.symbolSuffix()).isEqualTo("TW");
		assertThat(reference.date()).isEqualTo(LocalDate.of(2013, 6, 3));
		assertThat(reference.issuer()).isEqualTo(IssuerKind.CENTRAL_COMMITTEE);
		assertThat(reference.issuerText()).isEqualTo("Ban Chấp hành Trung ương Đảng");
	}

	@Test
	void theFormsOfTheIssue() {
		assertThat(TestCatalogue.outcomes("Nghị quyết 25")).containsExactly("25-NQ/TW");
		assertThat(TestCatalogue.outcomes("Chỉ thị số 43 ngày 14/5/2015 của Ban Bí thư")).containsExactly("43-CT/TW");
		assertThat(TestCatalogue.outcomes("Quyết định 217 và 218 của Bộ Chính trị")).containsExactly("217-QĐ/TW",
				"218-QĐ/TW");
		assertThat(TestCatalogue.outcomes("Thông báo số 1035-TB/TU, ngày 30-6-2017")).containsExactly("1035-TB/TU");
		assertThat(TestCatalogue.outcomes("Kết luận 178")).containsExactly("unknown:CONCLUSION 178");
		assertThat(TestCatalogue.outcomes("Quy định 11-QĐi/TW")).containsExactly("11-QĐi/TW");
		assertThat(TestCatalogue.outcomes("Quy định 11")).containsExactly("11-QĐi/TW");
	}

	@Test
	void datesInEveryWritingAndTheYearAlone() {
		assertThat(this.recogniser.find("Chỉ thị 43 ngày 14/5/2015").get(0).date())
			.isEqualTo(LocalDate.of(2015, 5, 14));
		assertThat(this.recogniser.find("Chỉ thị 43, ngày 14.5.2015").get(0).date())
			.isEqualTo(LocalDate.of(2015, 5, 14));
		assertThat(this.recogniser.find("Nghị quyết 25-NQ/TW ngày 03 tháng 6 năm 2013").get(0).date())
			.isEqualTo(LocalDate.of(2013, 6, 3));
		FoundReference yearOnly = this.recogniser.find("Chỉ thị 18 năm 2022 của Ban Bí thư").get(0);
		assertThat(yearOnly.date()).isNull();
		assertThat(yearOnly.year()).isEqualTo(2022);
		assertThat(yearOnly.issuer()).isEqualTo(IssuerKind.SECRETARIAT);
		assertThat(this.recogniser.find("Chỉ thị 43 ngày 31/2/2015").get(0).date()).isNull();
	}

	@Test
	void withoutDiacriticsInUpperCaseAndInDecomposedUnicode() {
		assertThat(TestCatalogue.outcomes("thuc hien nghi quyet so 25-NQ/TW va quyet dinh 217, 218 cua Bo Chinh tri"))
			.containsExactly("25-NQ/TW", "217-QĐ/TW", "218-QĐ/TW");
		assertThat(TestCatalogue.outcomes("CHỈ THỊ SỐ 43-CT/TW NGÀY 14/5/2015")).containsExactly("43-CT/TW");
		String decomposed = Normalizer.normalize("Quán triệt Chỉ thị số 43 ngày 14/5/2015 của Ban Bí thư.",
				Normalizer.Form.NFD);
		List<FoundReference> found = this.recogniser.find(decomposed);
		assertThat(found).hasSize(1);
		assertThat(decomposed.substring(found.get(0).start(), found.get(0).end())).isEqualTo(found.get(0).text());
		assertThat(Normalizer.normalize(found.get(0).text(), Normalizer.Form.NFC))
			.isEqualTo("Chỉ thị số 43 ngày 14/5/2015 của Ban Bí thư");
	}

	@Test
	void symbolsWithoutATypeWordAndStateSymbols() {
		assertThat(TestCatalogue.outcomes("tinh thần 25-NQ/TW, 43-CT/TW và 217-QĐ/TW")).containsExactly("25-NQ/TW",
				"43-CT/TW", "217-QĐ/TW");
		assertThat(TestCatalogue.outcomes("Quyết định số 1234/QĐ-UBND ngày 5/6/2020"))
			.containsExactly("unknown:DECISION 1234/QĐ-UBND");
		assertThat(TestCatalogue.outcomes("Nghị quyết 25/2021/QH15 của Quốc hội"))
			.containsExactly("unknown:RESOLUTION 25/2021/QH15");
		assertThat(TestCatalogue.outcomes("Luật số 10/2022/QH15")).isEmpty();
	}

	@Test
	void countsAndGenericMentionsAreNotReferences() {
		assertThat(this.recogniser.find("ban hành 3 nghị quyết, 12 chỉ thị và 25 kế hoạch")).isEmpty();
		assertThat(this.recogniser.find("thực hiện nghị quyết 6 tháng cuối năm")).isEmpty();
		assertThat(this.recogniser.find("sơ kết các nghị quyết, chỉ thị, kết luận của Trung ương")).isEmpty();
		assertThat(this.recogniser.find("Nghị quyết Đại hội lần thứ XIII của Đảng")).isEmpty();
		assertThat(this.recogniser.find("kế hoạch 2021 của tỉnh")).isEmpty();
		assertThat(this.recogniser.find("Quyết định 217 chiếm 25,5% và tăng 3.000 tỷ đồng")).hasSize(1);
		assertThat(this.recogniser.find("ct 43 và nq 25")).isEmpty();
	}

	@Test
	void anExplicitDateThatDoesNotMatchLeavesTheReferenceUnknown() {
		assertThat(TestCatalogue.outcomes("Chỉ thị 43 ngày 1/1/2020")).containsExactly("unknown:DIRECTIVE 43");
		assertThat(TestCatalogue.outcomes("Nghị quyết 25 năm 2013")).containsExactly("25-NQ/TW");
		assertThat(TestCatalogue.outcomes("Nghị quyết 25 năm 2019")).containsExactly("unknown:RESOLUTION 25");
	}

	@Test
	void aBareNumberIsResolvedByIssuerDateAndTermOrReportedAsAmbiguous() {
		List<CatalogueEntry> catalogue = new ArrayList<>(TestCatalogue.entries());
		catalogue.add(new CatalogueEntry(100, DirectiveType.DIRECTIVE, "18-CT/TU", LocalDate.of(2016, 3, 1),
				"Ban Thường vụ Tỉnh ủy Quảng Ngãi"));
		catalogue.add(new CatalogueEntry(101, DirectiveType.DIRECTIVE, "18-CT/TW", LocalDate.of(2012, 9, 18),
				"Ban Bí thư (khóa XI)"));
		DirectiveReference bare = resolve("Chỉ thị 18", catalogue);
		assertThat(bare.resolution()).isEqualTo(Resolution.AMBIGUOUS);
		assertThat(bare.candidates()).extracting(CatalogueEntry::id).containsExactlyInAnyOrder(7L, 100L, 101L);
		assertThat(resolve("Chỉ thị 18 của Ban Thường vụ Tỉnh ủy", catalogue).directive().id()).isEqualTo(100);
		assertThat(resolve("Chỉ thị 18 ngày 26/10/2022", catalogue).directive().id()).isEqualTo(7);
		assertThat(resolve("Chỉ thị 18-CT/TW của Ban Bí thư (khóa XI)", catalogue).directive().id()).isEqualTo(101);
		DirectiveReference central = resolve("Chỉ thị 18 của Ban Bí thư", catalogue);
		assertThat(central.resolution()).isEqualTo(Resolution.AMBIGUOUS);
		assertThat(central.candidates()).extracting(CatalogueEntry::id).containsExactlyInAnyOrder(7L, 101L);
		assertThat(resolve("Chỉ thị 18-CT/TU", catalogue).directive().id()).isEqualTo(100);
	}

	@Test
	void aCentralIssuerNamedLooselyStillResolves() {
		assertThat(TestCatalogue.outcomes("Nghị quyết số 25 của Bộ Chính trị")).containsExactly("25-NQ/TW");
		assertThat(TestCatalogue.outcomes("Thông báo 1035 của Ban Bí thư")).containsExactly("unknown:NOTICE 1035");
	}

	@Test
	void aQdSymbolWithoutTypeWordMayBeADecisionOrARegulation() {
		FoundReference found = this.recogniser.find("theo 66-QĐ/TW").get(0);
		assertThat(found.types()).containsExactly(DirectiveType.DECISION, DirectiveType.REGULATION);
		assertThat(found.label()).isEqualTo("Quyết định 66-QĐ/TW");
	}

	private DirectiveReference resolve(String text, List<CatalogueEntry> catalogue) {
		List<FoundReference> found = this.recogniser.find(text);
		assertThat(found).as(text).hasSize(1);
		return ReferenceResolver.resolve(found.get(0), catalogue);
	}

}
