package vn.danvan.documents;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document in the register: its number ("Số 12-BC/BTGDVTU") given once per issuing body
 * and year, the date it bears, the issuing body as of that date, and who issued it; its
 * files are read through {@link vn.danvan.documents.reviews.DocumentRegister}.
 */
public record IssuedDocument(long id, Long draftId, long unitId, Long periodId, String symbol, int year, int number,
		String numberText, LocalDate issuedOn, String issuingBody, String title, String issuedBy, Instant issuedAt,
		boolean pdfStored, String storedFileName, String issueReason) {

	/**
	 * A file name a person reads, without spaces or diacritics
	 * ({@code Bao-cao-so-ket-6-thang-dau-nam-2026-Quang-Ngai}); for documents issued
	 * before names were kept, from the number ({@code bao-cao-12-BC-BTGDVTU-2026}).
	 */
	public String fileName() {
		if (this.storedFileName != null && !this.storedFileName.isBlank()) {
			return this.storedFileName;
		}
		String number = java.text.Normalizer.normalize(this.numberText, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('Đ', 'D')
			.replace('đ', 'd')
			.replaceAll("[^A-Za-z0-9]+", "-");
		return "bao-cao-" + number + "-" + this.year;
	}

}
