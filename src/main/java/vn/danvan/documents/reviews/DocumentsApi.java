package vn.danvan.documents.reviews;

/**
 * Marks the documents API controllers, whose unreadable parameters and bodies
 * {@link DocumentsApiParameters} answers and an unavailable PDF
 * {@link PdfUnavailableAnswer} (refusals: {@code web.Refusals}).
 */
public interface DocumentsApi {

}
