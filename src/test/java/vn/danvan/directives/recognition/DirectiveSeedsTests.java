package vn.danvan.directives.recognition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danvan.directives.TestCatalogue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Five short news reports written for these tests ({@code directives/reports}, with the
 * directive references, and the forms of them, that real reports use): every directive
 * reference in them is found, resolved to the right entry of the starting catalogue, and
 * nothing else is found. The expected lists were written by reading the texts. Not
 * references by this module's rule (a reference names a document by its number or symbol;
 * a name is one only when the register knows it, which this catalogue without names does
 * not): named documents without a number, such as "Nghị quyết Đại hội lần thứ XIII",
 * "Nghị quyết Trung ương 4 (khóa XII)" (one plenum may issue several resolutions) and
 * "Quy chế Công tác dân vận", and the generic "các nghị quyết, chỉ thị, kết luận".
 */
class DirectiveSeedsTests {

	static final String REPORTS = "/directives/reports/";

	static List<Arguments> reports() {
		return List.of(
				Arguments.of("1-so-ket-chi-thi-43.txt",
						List.of(new Expected("Chỉ thị số 43 của Ban Bí thư Trung ương Đảng (khóa XI)", "43-CT/TW"),
								new Expected("Nghị quyết số 25 của Bộ Chính trị", "25-NQ/TW"),
								new Expected("Quyết định số 217 của Bộ Chính trị", "217-QĐ/TW"),
								new Expected("Quyết định số 218", "218-QĐ/TW"),
								new Expected("Chỉ thị số 43 ngày 14/5/2015 của Ban Bí thư Trung ương Đảng (khoá XI)",
										"43-CT/TW"))),
				Arguments.of("2-xa-dan-van-kheo.txt", List.of()),
				Arguments.of("3-hoi-nghi-tinh-uy.txt",
						List.of(new Expected("Nghị quyết số 25-NQ/TW ngày 3-6-2013 của Ban Chấp hành Trung ương Đảng",
								"25-NQ/TW"))),
				Arguments.of("4-xay-dung-dang.txt", List.of()),
				Arguments.of("5-hoi-cuu-chien-binh.txt",
						List.of(new Expected("Thông báo số 1035-TB/TU, ngày 30-6-2017 của Ban Thường vụ Tỉnh ủy",
								"1035-TB/TU"), new Expected("Quyết định 217", "217-QĐ/TW"),
								new Expected("218 của Bộ Chính trị", "218-QĐ/TW"))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("reports")
	void everyReferenceIsFoundAndResolvedAndNothingElse(String file, List<Expected> expected) throws IOException {
		String text = read(file);
		List<DirectiveReference> found = TestCatalogue.recognise(text);
		assertThat(found).extracting((r) -> new Expected(r.found().text(), TestCatalogue.outcome(r)))
			.containsExactlyElementsOf(expected);
		for (DirectiveReference reference : found) {
			assertThat(text.substring(reference.found().start(), reference.found().end()))
				.isEqualTo(reference.found().text());
		}
	}

	@ParameterizedTest(name = "{0} without diacritics")
	@MethodSource("reports")
	void theSameWithoutDiacritics(String file, List<Expected> expected) throws IOException {
		String text = strip(read(file));
		assertThat(TestCatalogue.recognise(text)).extracting(TestCatalogue::outcome)
			.containsExactlyElementsOf(expected.stream().map(Expected::outcome).toList());
	}

	static String read(String file) throws IOException {
		try (InputStream in = DirectiveSeedsTests.class.getResourceAsStream(REPORTS + file)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static String strip(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('đ', 'd')
			.replace('Đ', 'D');
	}

	record Expected(String text, String outcome) {
	}

}
