package vn.danvan.directives.recognition;

import java.time.LocalDate;
import vn.danvan.directives.DirectiveType;

/**
 * One directive of the starting catalogue ({@code demo/directives.csv}).
 */
public record CatalogueDirective(DirectiveType type, String symbol, LocalDate issuedOn, String issuer, String summary,
		String fields) {
}
