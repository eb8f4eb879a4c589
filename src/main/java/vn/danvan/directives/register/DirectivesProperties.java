package vn.danvan.directives.register;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of directive tracking ({@code danvan.directives.*}).
 *
 * @param maxAttachmentSize the largest PDF or DOCX accepted as an attachment or evidence
 */
@ConfigurationProperties("danvan.directives")
public record DirectivesProperties(@DefaultValue("10MB") DataSize maxAttachmentSize) {
}
