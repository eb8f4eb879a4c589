package vn.danvan.directives;

import java.time.LocalDate;
import vn.danvan.directives.recognition.CatalogueEntry;

/**
 * A registered directive.
 *
 * @param replacedById the directive that replaced it, when
 * {@link DirectiveStatus#REPLACED}
 * @param ownerUnitId the unit of the officer who registered it; {@code null} for the
 * catalogue every user sees
 * @param version changes with every edit, so that an edit from a stale form is refused
 */
public record Directive(long id, DirectiveType type, String symbol, LocalDate issuedOn, String issuer, String summary,
		String fields, DirectiveStatus status, Long replacedById, String replacedBySymbol, Long ownerUnitId,
		int version) {

	/**
	 * "Nghị quyết 25-NQ/TW".
	 */
	public String title() {
		return this.type.vietnamese() + " " + this.symbol;
	}

	public String number() {
		return CatalogueEntry.number(this.symbol);
	}

	public CatalogueEntry catalogueEntry() {
		return new CatalogueEntry(this.id, this.type, this.symbol, this.issuedOn, this.issuer);
	}

}
