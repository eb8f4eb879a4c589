package vn.danvan.documents.reviews;

/**
 * Marks the documents page controllers (of every feature): {@link PdfUnavailableAnswer}
 * answers when a PDF cannot be made, {@code web.Refusals} every refusal.
 */
public interface DocumentsPages {

}
