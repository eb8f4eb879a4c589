package vn.danvan.directives;

import java.util.ArrayList;
import java.util.List;
import vn.danvan.directives.recognition.CatalogueDirective;
import vn.danvan.directives.recognition.CatalogueEntry;
import vn.danvan.directives.recognition.DirectiveRecogniser;
import vn.danvan.directives.recognition.DirectiveReference;
import vn.danvan.directives.recognition.ReferenceResolver;

/**
 * The starting catalogue as the recogniser sees it, with ids 1, 2, … in the order of
 * {@code demo/directives.csv}, for tests without a database.
 */
public final class TestCatalogue {

	private TestCatalogue() {
	}

	public static List<CatalogueEntry> entries() {
		List<CatalogueEntry> entries = new ArrayList<>();
		long id = 1;
		for (CatalogueDirective directive : DirectiveCatalogue.seed()) {
			entries.add(new CatalogueEntry(id++, directive.type(), directive.symbol(), directive.issuedOn(),
					directive.issuer()));
		}
		return entries;
	}

	public static List<DirectiveReference> recognise(String text) {
		return ReferenceResolver.resolveAll(new DirectiveRecogniser().find(text), entries());
	}

	/**
	 * What each reference resolved to: the symbol, "?" + candidates when ambiguous,
	 * "unknown:" + label when unknown.
	 */
	public static List<String> outcomes(String text) {
		return recognise(text).stream().map(TestCatalogue::outcome).toList();
	}

	public static String outcome(DirectiveReference reference) {
		return switch (reference.resolution()) {
			case RESOLVED -> reference.directive().symbol();
			case AMBIGUOUS -> "?" + reference.candidates().stream().map(CatalogueEntry::symbol).sorted().toList();
			case UNKNOWN -> "unknown:" + reference.found().types().get(0).name() + " "
					+ ((reference.found().symbol() != null) ? reference.found().symbol() : reference.found().number());
		};
	}

}
