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
 * @param symbol empty for a directive known only by its name
 * @param name the name it is known by without a number ("Nghị quyết Đại hội đại biểu toàn
 * quốc lần thứ XIII của Đảng"), else {@code null}
 * @param issuerUnitId the unit that issued it when it is not the owner unit (a local
 * document of the catalogue), else {@code null}
 */
public record Directive(long id, DirectiveType type, String symbol, LocalDate issuedOn, String issuer, String summary,
		String fields, DirectiveStatus status, Long replacedById, String replacedBySymbol, Long ownerUnitId,
		int version, String name, Long issuerUnitId) {

	/**
	 * "Nghị quyết 25-NQ/TW"; the name of a directive without a symbol.
	 */
	public String title() {
		if (this.symbol.isEmpty()) {
			return this.name;
		}
		return this.type.vietnamese() + " " + this.symbol;
	}

	/**
	 * The symbol, or the name of a directive without one.
	 */
	public String label() {
		return this.symbol.isEmpty() ? this.name : this.symbol;
	}

	public String number() {
		return CatalogueEntry.number(this.symbol);
	}

	public CatalogueEntry catalogueEntry() {
		return catalogueEntry(java.util.List.of());
	}

	/**
	 * What the recogniser needs, with the directive's aliases; the issuing unit is the
	 * issuer unit, else the owner unit.
	 */
	public CatalogueEntry catalogueEntry(java.util.List<String> aliases) {
		return new CatalogueEntry(this.id, this.type, this.symbol, this.issuedOn, this.issuer, this.name, aliases,
				(this.issuerUnitId != null) ? this.issuerUnitId : this.ownerUnitId);
	}

}
