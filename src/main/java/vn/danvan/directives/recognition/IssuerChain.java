package vn.danvan.directives.recognition;

/**
 * Where a text stands in the organisation tree, for references to local documents: how
 * far an issuing unit is above the text's unit (0 the text's own unit, 1 the unit above
 * it …) as the tree was on the text's date, or -1 when it is not one of them. Numbers of
 * a provincial body ("1035-TB/TU") repeat between provinces, so a local document resolves
 * only for texts of its issuer's chain.
 */
@FunctionalInterface
public interface IssuerChain {

	/** A text of no unit: only national documents resolve. */
	IssuerChain NONE = (issuerUnitId) -> -1;

	int distance(long issuerUnitId);

}
