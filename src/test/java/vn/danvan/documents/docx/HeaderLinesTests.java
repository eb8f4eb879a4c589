package vn.danvan.documents.docx;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header's issuing body on one line when it fits, and broken where an official breaks
 * it otherwise: never inside "DÂN VẬN" or "TUYÊN GIÁO".
 */
class HeaderLinesTests {

	@Test
	void theIssuingBodyStaysOnOneLineWhenItFits() {
		String body = "BAN TUYÊN GIÁO VÀ DÂN VẬN";
		int width = HeaderLines.width(body, true, 14);
		// Wider than the same text in regular weight, and within the 44–54 % column of an
		// A4 page with the profile's margins (some 4,400 to 5,600 twips).
		assertThat(width).isGreaterThan(HeaderLines.width(body, false, 14)).isBetween(3800, 4800);
		assertThat(HeaderLines.lines(body, true, 14, width)).containsExactly(body);
	}

	@Test
	void aLineTooLongBreaksBetweenWordGroupsNeverInsideDanVan() {
		String body = "BAN TUYÊN GIÁO VÀ DÂN VẬN";
		for (int max = 1000; max < HeaderLines.width(body, true, 14); max += 250) {
			for (String line : HeaderLines.lines(body, true, 14, max)) {
				assertThat(line).doesNotEndWith(" DÂN")
					.doesNotStartWith("VẬN")
					.doesNotEndWith(" TUYÊN")
					.doesNotStartWith("GIÁO");
			}
		}
		assertThat(HeaderLines.lines(body, true, 14, 3000)).containsExactly("BAN TUYÊN GIÁO VÀ", "DÂN VẬN");
		assertThat(HeaderLines.lines("ĐẢNG ỦY XÃ BÌNH AN", false, 14, 100000)).containsExactly("ĐẢNG ỦY XÃ BÌNH AN");
	}

}
