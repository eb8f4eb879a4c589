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
		return resolve(reference, catalogue, IssuerChain.NONE);
	}

	/**
	 * Resolves the reference in a text whose place in the tree is {@code chain}: a local
	 * document (issued by a unit's body) is a candidate only when its issuer is the
	 * text's unit or a unit above it, the nearest preferred; national documents are
	 * candidates everywhere. When only local documents of other units fit, the reference
	 * is ambiguous with them as candidates: it is never linked silently to another
	 * province's document.
	 */
	public static DirectiveReference resolve(FoundReference reference, Collection<CatalogueEntry> catalogue,
			IssuerChain chain) {
		List<CatalogueEntry> candidates = catalogue.stream()
			.filter((entry) -> (reference.name() != null) ? entry.nameKeys().contains(reference.name())
					: !entry.symbol().isEmpty() && entry.number().equals(reference.number()))
			.filter((entry) -> reference.types().contains(entry.type()))
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
		List<CatalogueEntry> local = candidates.stream().filter(CatalogueEntry::local).toList();
		if (!local.isEmpty()) {
			List<CatalogueEntry> national = candidates.stream().filter((entry) -> !entry.local()).toList();
			Map<Long, Integer> distances = new java.util.HashMap<>();
			for (CatalogueEntry entry : local) {
				distances.computeIfAbsent(entry.issuerUnitId(), chain::distance);
			}
			int nearest = distances.values().stream().filter((d) -> d >= 0).min(Integer::compare).orElse(-1);
			List<CatalogueEntry> kept = new java.util.ArrayList<>(national);
			if (nearest >= 0) {
				local.stream().filter((entry) -> distances.get(entry.issuerUnitId()) == nearest).forEach(kept::add);
			}
			if (kept.isEmpty()) {
				return new DirectiveReference(reference, Resolution.AMBIGUOUS, local);
			}
			candidates = kept;
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

	public static List<DirectiveReference> resolveAll(List<FoundReference> references,
			Collection<CatalogueEntry> catalogue, IssuerChain chain) {
		if (references.isEmpty()) {
			return List.of();
		}
		return index(catalogue).resolveAll(references, chain);
	}

	/**
	 * The catalogue indexed by number and by name, to resolve many references against it.
	 */
	public static Index index(Collection<CatalogueEntry> catalogue) {
		Map<String, List<CatalogueEntry>> byName = new java.util.HashMap<>();
		for (CatalogueEntry entry : catalogue) {
			entry.nameKeys()
				.forEach((key) -> byName.computeIfAbsent(key, (k) -> new java.util.ArrayList<>()).add(entry));
		}
		return new Index(catalogue.stream()
			.filter((entry) -> !entry.symbol().isEmpty())
			.collect(Collectors.groupingBy(CatalogueEntry::number)), byName);
	}

	/**
	 * Registered directives by number and by the keys of their names.
	 */
	public record Index(Map<String, List<CatalogueEntry>> byNumber, Map<String, List<CatalogueEntry>> byName) {

		public Index(Map<String, List<CatalogueEntry>> byNumber) {
			this(byNumber, Map.of());
		}

		public List<DirectiveReference> resolveAll(List<FoundReference> references) {
			return resolveAll(references, IssuerChain.NONE);
		}

		public List<DirectiveReference> resolveAll(List<FoundReference> references, IssuerChain chain) {
			return references.stream().map((reference) -> resolve(reference, pool(reference), chain)).toList();
		}

		private List<CatalogueEntry> pool(FoundReference reference) {
			return (reference.name() != null) ? this.byName.getOrDefault(reference.name(), List.of())
					: this.byNumber.getOrDefault(reference.number(), List.of());
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
