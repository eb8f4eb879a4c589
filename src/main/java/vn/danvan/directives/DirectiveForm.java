package vn.danvan.directives;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A directive as an officer registers or changes it.
 *
 * @param replacedById required when the status is {@link DirectiveStatus#REPLACED}
 * @param version the version the edit was built from (ignored when registering)
 */
public record DirectiveForm(DirectiveType type, String symbol,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn, String issuer, String summary, String fields,
		DirectiveStatus status, Long replacedById, Integer version) {
}
