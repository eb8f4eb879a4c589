package vn.danvan.directives.recognition;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Looks references up among registered directives. Type and number must match; a written
 * symbol, date or year must match too. The issuing body and the term narrow the
 * candidates when they leave at least one (texts often name the Politburo for a
 * resolution of the Central Committee), except that a central body never matches a local
 * one. One candidate left is resolved, several are reported as ambiguous.
 */
public final class ReferenceResolver {

	/** First and last year of the Party's central committees' terms. */
	private static final Map<String, int[]> TERMS = Map.of("VIII", new int[] { 1996, 2001 }, "IX",
			new int[] { 2001, 2006 }, "X", new int[] { 2006, 2011 }, "XI", new int[] { 2011, 2016 }, "XII",
			new int[] { 2016, 2021 }, "XIII", new int[] { 2021, 2026 }, "XIV", new int[] { 2026, 2031 });

	private ReferenceResolver() {
	}

	public static DirectiveReference resolve(FoundReference reference, Collection<CatalogueEntry> catalogue) {
		List<CatalogueEntry> candidates = catalogue.stream()
			.filter((entry) -> entry.number().equals(reference.number()) && reference.types().contains(entry.type()))
			.toList();
		if (reference.symbol() != null) {
			String key = CatalogueEntry.symbolKey(reference.symbol());
			candidates = candidates.stream()
				.filter((entry) -> CatalogueEntry.symbolKey(entry.symbol()).equals(key) || sameParty(entry, reference))
				.toList();
		}
		if (reference.date() != null) {
			candidates = candidates.stream().filter((entry) -> reference.date().equals(entry.issuedOn())).toList();
		}
		else if (reference.year() != null) {
			candidates = candidates.stream()
				.filter((entry) -> entry.issuedOn() != null && entry.issuedOn().getYear() == reference.year())
				.toList();
		}
		if (reference.issuer() != null && reference.issuer() != IssuerKind.OTHER) {
			boolean central = reference.issuer().central();
			candidates = candidates.stream().filter((entry) -> entry.issuerKind().central() == central).toList();
			candidates = narrow(candidates, (entry) -> entry.issuerKind() == reference.issuer());
		}
		if (reference.term() != null && TERMS.containsKey(reference.term())) {
			int[] years = TERMS.get(reference.term());
			candidates = narrow(candidates, (entry) -> within(entry.issuedOn(), years));
		}
		Resolution resolution = switch (candidates.size()) {
			case 0 -> Resolution.UNKNOWN;
			case 1 -> Resolution.RESOLVED;
			default -> Resolution.AMBIGUOUS;
		};
		return new DirectiveReference(reference, resolution, candidates);
	}

	public static List<DirectiveReference> resolveAll(List<FoundReference> references,
			Collection<CatalogueEntry> catalogue) {
		if (references.isEmpty()) {
			return List.of();
		}
		return index(catalogue).resolveAll(references);
	}

	/**
	 * The catalogue indexed by number, to resolve many references against it.
	 */
	public static Index index(Collection<CatalogueEntry> catalogue) {
		return new Index(catalogue.stream().collect(Collectors.groupingBy(CatalogueEntry::number)));
	}

	/**
	 * Registered directives by number.
	 */
	public record Index(Map<String, List<CatalogueEntry>> byNumber) {

		public List<DirectiveReference> resolveAll(List<FoundReference> references) {
			return references.stream()
				.map((reference) -> resolve(reference, this.byNumber.getOrDefault(reference.number(), List.of())))
				.toList();
		}

	}

	/**
	 * Party symbols that differ only in writing ("QĐ" for a regulation before 2017).
	 */
	private static boolean sameParty(CatalogueEntry entry, FoundReference reference) {
		return reference.symbolSuffix() != null && Objects.equals(entry.suffix(), fold(reference.symbolSuffix()));
	}

	private static String fold(String suffix) {
		return DirectiveText.fold(suffix).toUpperCase(java.util.Locale.ROOT);
	}

	private static List<CatalogueEntry> narrow(List<CatalogueEntry> candidates, Predicate<CatalogueEntry> better) {
		List<CatalogueEntry> narrowed = candidates.stream().filter(better).toList();
		return narrowed.isEmpty() ? candidates : narrowed;
	}

	private static boolean within(LocalDate date, int[] years) {
		return date != null && date.getYear() >= years[0] && date.getYear() <= years[1];
	}

}
