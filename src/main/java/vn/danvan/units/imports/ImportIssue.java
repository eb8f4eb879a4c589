package vn.danvan.units.imports;

/**
 * One problem found in an import source: where ({@code reference}: a line number or a
 * unit code) and what.
 */
public record ImportIssue(String reference, String message) {
}
