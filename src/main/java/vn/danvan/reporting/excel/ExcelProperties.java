package vn.danvan.reporting.excel;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The offline Excel forms ({@code danvan.reporting.excel.*}): the password of the sheet
 * protection (it keeps labels and formulas from being changed by mistake; it is not a
 * secret), the largest file accepted, and how long an uploaded file waits for its
 * confirmation.
 */
@ConfigurationProperties("danvan.reporting.excel")
public record ExcelProperties(@DefaultValue("danvan") String protectionPassword,
		@DefaultValue("5MB") DataSize maxUploadSize, @DefaultValue("1h") Duration pendingFor) {

}
