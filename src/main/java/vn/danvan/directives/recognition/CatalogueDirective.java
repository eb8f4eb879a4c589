package vn.danvan.directives.recognition;

import java.time.LocalDate;
import java.util.List;
import vn.danvan.directives.DirectiveType;

/**
 * One directive of the starting catalogue ({@code demo/directives.csv}).
 *
 * @param symbol empty for a directive known by its name
 * @param name the name it is known by without a number, else {@code null}
 * @param aliases other names texts give it
 * @param issuerUnit the unit that issued a local document, as {@code LEVEL:code} in the
 * tree of the date of issue ("PROVINCE:91" for Kiên Giang), else {@code null}
 */
public record CatalogueDirective(DirectiveType type, String symbol, LocalDate issuedOn, String issuer, String summary,
		String fields, String name, List<String> aliases, String issuerUnit) {

	public CatalogueDirective {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
	}

	public CatalogueDirective(DirectiveType type, String symbol, LocalDate issuedOn, String issuer, String summary,
			String fields) {
		this(type, symbol, issuedOn, issuer, summary, fields, null, List.of(), null);
	}

}
