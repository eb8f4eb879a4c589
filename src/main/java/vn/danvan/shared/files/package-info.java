/**
 * What an uploaded file is, decided from its bytes (never its name): PDF and DOCX by
 * their structure ({@link vn.danvan.shared.files.FileContents}), images by decoding them
 * within size limits, with a resized thumbnail ({@link vn.danvan.shared.files.Images}).
 */
package vn.danvan.shared.files;
