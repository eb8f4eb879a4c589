package vn.danvan.documents.reviews;

/**
 * Marks the documents page controllers (of every feature), whose errors
 * {@link DocumentsPageAdvice} answers.
 */
public interface DocumentsPages {

}
