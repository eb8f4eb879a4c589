package vn.danvan.directives.register;

import vn.danvan.directives.DirectiveType;

/**
 * A search of the register: words of the symbol or summary without diacritics, the
 * issuing body, the type and the year of issue; empty parts are ignored.
 */
public record DirectiveSearch(String q, DirectiveType type, String issuer, Integer year) {

	public static DirectiveSearch all() {
		return new DirectiveSearch(null, null, null, null);
	}

}
