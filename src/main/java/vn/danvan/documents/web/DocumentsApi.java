package vn.danvan.documents.web;

/**
 * Marks the documents API controllers, whose errors {@link DocumentsApiProblems} answers.
 */
interface DocumentsApi {

}
