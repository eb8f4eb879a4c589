package vn.danvan.documents.docx;

/**
 * The PDF cannot be made now: LibreOffice is not installed, failed or timed out. Not a
 * refusal of the request (the same request may succeed later): the documents' pages and
 * API answer it 503 ({@code documents.reviews.PdfUnavailableAnswer}).
 */
public class PdfUnavailableException extends RuntimeException {

	private final String messageKey;

	public PdfUnavailableException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
