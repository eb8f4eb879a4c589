package vn.danvan.directives;

import java.time.LocalDate;

/**
 * One directive of the starting catalogue ({@code demo/directives.csv}).
 */
public record CatalogueDirective(DirectiveType type, String symbol, LocalDate issuedOn, String issuer, String summary,
		String fields) {
}
