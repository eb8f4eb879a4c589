package vn.danvan.directives;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A directive as an officer registers or changes it.
 *
 * @param replacedById required when the status is {@link DirectiveStatus#REPLACED}
 * @param version the version the edit was built from (ignored when registering)
 * @param name the name a directive is known by without a number ("Nghị quyết Đại hội XIII
 * của Đảng"); the symbol may then be empty
 */
public record DirectiveForm(DirectiveType type, String symbol,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn, String issuer, String summary, String fields,
		DirectiveStatus status, Long replacedById, Integer version, String name) {

	public DirectiveForm(DirectiveType type, String symbol, LocalDate issuedOn, String issuer, String summary,
			String fields, DirectiveStatus status, Long replacedById, Integer version) {
		this(type, symbol, issuedOn, issuer, summary, fields, status, replacedById, version, null);
	}

}
