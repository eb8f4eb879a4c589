package vn.danvan.units;

/**
 * Units were imported from files; published in the import's transaction (the audit log
 * records it).
 */
public record UnitsImported(String actor, String source, int unitsCreated, int successionsCreated, int warnings) {
}
