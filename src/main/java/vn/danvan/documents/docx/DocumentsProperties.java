package vn.danvan.documents.docx;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the documents module ({@code danvan.documents.*}): the LibreOffice command
 * that converts DOCX to PDF (looked up on the PATH) and how long a conversion may take.
 */
@ConfigurationProperties("danvan.documents")
public record DocumentsProperties(@DefaultValue("soffice") String office,
		@DefaultValue("PT90S") Duration conversionTimeout) {
}
