package vn.danvan.documents.reviews;

/**
 * Marks the documents API controllers, whose errors {@link DocumentsApiProblems} answers.
 */
public interface DocumentsApi {

}
