package vn.danvan.directives.recognition;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.danvan.directives.DirectiveType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recogniser without a database: official letters, registered names and aliases
 * (whole words, without diacritics, case or punctuation, Roman numerals as written), and
 * the issuer chain of the resolver.
 */
class NamedReferencesTests {

	final DirectiveRecogniser recogniser = new DirectiveRecogniser();

	final CatalogueEntry congress = new CatalogueEntry(1, DirectiveType.RESOLUTION, "", LocalDate.of(2021, 2, 1),
			"Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
			"Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
			List.of("Nghị quyết Đại hội XIII", "Nghị quyết Đại hội XIII của Đảng"), null);

	final CatalogueEntry plenum = new CatalogueEntry(2, DirectiveType.RESOLUTION, "04-NQ/TW",
			LocalDate.of(2016, 10, 30), "Ban Chấp hành Trung ương (khóa XII)", "Nghị quyết Trung ương 4 khóa XII",
			List.of("Nghị quyết TW4 khóa XII"), null);

	@Test
	void officialLettersAreReferences() {
		List<FoundReference> found = this.recogniser
			.find("Công văn số 3717-CV/BTGDVTW; CV số 12-CV/BDVTU và cong van 45 ngay 3/6/2025; 3 công văn, cv 7");
		assertThat(found).extracting(FoundReference::text)
			.containsExactly("Công văn số 3717-CV/BTGDVTW", "CV số 12-CV/BDVTU", "cong van 45 ngay 3/6/2025");
		assertThat(found).extracting((r) -> r.types().get(0)).containsOnly(DirectiveType.OFFICIAL_LETTER);
		assertThat(found.get(0).symbol()).isEqualTo("3717-CV/BTGDVTW");
		assertThat(IssuerKind.ofSuffix(found.get(0).symbolSuffix()).central()).isTrue();
		assertThat(IssuerKind.ofSuffix(found.get(1).symbolSuffix())).isEqualTo(IssuerKind.PROVINCIAL);
	}

	@Test
	void namesAreFoundAsWholeWordsWithoutDiacriticsLongestFirst() {
		NamedReferences names = NamedReferences.of(List.of(this.congress, this.plenum));
		String text = "Quán triệt Nghị quyết Đại hội XIII của Đảng, nghi quyet dai hoi xiii; NGHỊ QUYẾT TW4 KHÓA XII, "
				+ "Nghị quyết Trung ương 4 (khoá XII). Không phải: Nghị quyết Đại hội XII, Nghị quyết Đại hội XIIIa, "
				+ "Nghị quyết Trung ương 4 khóa XIII.";
		List<FoundReference> found = this.recogniser.find(text, names);
		assertThat(found).extracting(FoundReference::text)
			.containsExactly("Nghị quyết Đại hội XIII của Đảng", "nghi quyet dai hoi xiii", "NGHỊ QUYẾT TW4 KHÓA XII",
					"Nghị quyết Trung ương 4 (khoá XII)");
		for (FoundReference reference : found) {
			assertThat(text.substring(reference.start(), reference.end())).isEqualTo(reference.text());
			assertThat(reference.number()).isEmpty();
		}
		assertThat(ReferenceResolver.resolveAll(found, List.of(this.congress, this.plenum)))
			.extracting((r) -> r.directive().id())
			.containsExactly(1L, 1L, 2L, 2L);
		// in decomposed Unicode too
		String nfd = java.text.Normalizer.normalize("Nghị quyết Đại hội XIII", java.text.Normalizer.Form.NFD);
		assertThat(this.recogniser.find("theo " + nfd + ".", names)).extracting(FoundReference::text)
			.containsExactly(nfd);
	}

	@Test
	void aNumberedReferenceAndANameDoNotOverlap() {
		NamedReferences names = NamedReferences.of(List.of(this.plenum));
		List<FoundReference> found = this.recogniser.find("Nghị quyết 04-NQ/TW và Nghị quyết TW4 khóa XII", names);
		assertThat(found).extracting(FoundReference::text)
			.containsExactly("Nghị quyết 04-NQ/TW", "Nghị quyết TW4 khóa XII");
		assertThat(ReferenceResolver.resolveAll(found, List.of(this.plenum))).extracting((r) -> r.directive().id())
			.containsExactly(2L, 2L);
	}

	@Test
	void aLocalDocumentResolvesOnlyWithinTheTextsChainNearestFirst() {
		// units: 10 the centre, 20 a province, 30 a commune of it, 40 another province
		CatalogueEntry province = new CatalogueEntry(5, DirectiveType.NOTICE, "1035-TB/TU", LocalDate.of(2025, 9, 1),
				"Ban Thường vụ Tỉnh ủy", null, List.of(), 20L);
		CatalogueEntry commune = new CatalogueEntry(6, DirectiveType.NOTICE, "1035-TB/ĐU", LocalDate.of(2025, 9, 1),
				"Đảng ủy xã", null, List.of(), 30L);
		CatalogueEntry other = new CatalogueEntry(7, DirectiveType.NOTICE, "1035-TB/TU", LocalDate.of(2017, 6, 30),
				"Ban Thường vụ Tỉnh ủy Kiên Giang", null, List.of(), 40L);
		List<CatalogueEntry> register = List.of(province, commune, other);
		FoundReference bare = this.recogniser.find("Thông báo 1035").get(0);
		FoundReference provincial = this.recogniser.find("Thông báo 1035-TB/TU").get(0);
		IssuerChain ofCommune = (unit) -> List.of(30L, 20L, 10L).indexOf(unit);
		IssuerChain ofProvince = (unit) -> List.of(20L, 10L).indexOf(unit);
		IssuerChain elsewhere = (unit) -> List.of(50L, 10L).indexOf(unit);
		assertThat(ReferenceResolver.resolve(bare, register, ofCommune).directive()).isEqualTo(commune);
		assertThat(ReferenceResolver.resolve(provincial, register, ofCommune).directive()).isEqualTo(province);
		assertThat(ReferenceResolver.resolve(bare, register, ofProvince).directive()).isEqualTo(province);
		DirectiveReference ambiguous = ReferenceResolver.resolve(provincial, register, elsewhere);
		assertThat(ambiguous.resolution()).isEqualTo(Resolution.AMBIGUOUS);
		assertThat(ambiguous.candidates()).containsExactlyInAnyOrder(province, other);
		assertThat(ReferenceResolver.resolve(provincial, List.of(other), IssuerChain.NONE).resolution())
			.as("one document of another unit is offered, not linked")
			.isEqualTo(Resolution.AMBIGUOUS);
		// what no unit issued (the catalogue before its tree) resolves nationally, as
		// before
		CatalogueEntry unplaced = new CatalogueEntry(8, DirectiveType.NOTICE, "1035-TB/TU", LocalDate.of(2017, 6, 30),
				"Ban Thường vụ Tỉnh ủy Kiên Giang");
		assertThat(ReferenceResolver.resolve(provincial, List.of(unplaced), IssuerChain.NONE).directive())
			.isEqualTo(unplaced);
	}

}
