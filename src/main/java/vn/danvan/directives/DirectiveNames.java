package vn.danvan.directives;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.danvan.directives.recognition.CatalogueEntry;
import vn.danvan.directives.recognition.NameKey;
import vn.danvan.shared.errors.RejectedException;
import vn.danvan.shared.text.TextLimits;
import vn.danvan.shared.text.VietnameseText;

/**
 * The names a directive answers to besides its number (its name, its aliases): what makes
 * a list of aliases acceptable, and the keys the recogniser finds them by.
 */
final class DirectiveNames {

	private DirectiveNames() {
	}

	/**
	 * The aliases cleaned and checked, all or nothing (field {@code aliases}): none
	 * empty, longer than {@link Directives#MAX_NAME} or of one word, at most
	 * {@link Directives#MAX_ALIASES}, none twice, none the directive's own name, none
	 * that another directive of the same issuer's scope already answers to. Takes the
	 * names' lock for that last check.
	 */
	static List<String> checkedAliases(DirectiveRepository directives, Directive directive, List<String> aliases) {
		List<String> clean = clean(aliases);
		String own = (directive.name() != null) ? NameKey.of(directive.name()) : null;
		for (String alias : clean) {
			if (NameKey.of(alias).equals(own)) {
				throw new RejectedException("aliases", "directives.error.aliasIsName", alias);
			}
		}
		directives.lockNames();
		for (String alias : clean) {
			requireFree(directives, directive, alias, "aliases");
		}
		return clean;
	}

	private static List<String> clean(List<String> aliases) {
		List<String> clean = new ArrayList<>();
		if (aliases == null) {
			return clean;
		}
		if (aliases.size() > Directives.MAX_ALIASES) {
			throw new RejectedException("aliases", "directives.error.aliasTooMany", Directives.MAX_ALIASES);
		}
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < aliases.size(); i++) {
			String alias = VietnameseText.clean(aliases.get(i));
			if (alias == null || alias.isEmpty() || NameKey.of(alias).isEmpty()) {
				throw new RejectedException("aliases", "directives.error.aliasEmpty", i + 1);
			}
			if (TextLimits.problem(alias, Directives.MAX_NAME) != null) {
				throw new RejectedException("aliases", "directives.error.aliasTooLong", i + 1, Directives.MAX_NAME);
			}
			if (NameKey.of(alias).indexOf(' ') < 0) {
				throw new RejectedException("aliases", "directives.error.aliasOneWord", alias);
			}
			if (!keys.add(NameKey.of(alias))) {
				throw new RejectedException("aliases", "directives.error.aliasRepeated", alias);
			}
			clean.add(alias);
		}
		return clean;
	}

	/**
	 * Refuses a name or alias that another directive of the same issuer's scope (the same
	 * issuing unit for a local document, else the national register) already answers to.
	 */
	static void requireFree(DirectiveRepository directives, Directive directive, String name, String field) {
		Long scope = issuerScope(directive);
		for (Directive other : directives.withNameKey(NameKey.of(name), directive.id())) {
			if (Objects.equals(issuerScope(other), scope)) {
				throw new RejectedException(field, "directives.error.aliasTaken", name, other.title());
			}
		}
	}

	private static Long issuerScope(Directive directive) {
		CatalogueEntry entry = directive.catalogueEntry();
		return entry.local() ? entry.issuerUnitId() : null;
	}

	/**
	 * The keys the recogniser finds the directive's name and these aliases by.
	 */
	static List<String> keys(Directive directive, List<String> aliases) {
		List<String> keys = new ArrayList<>();
		if (directive.name() != null) {
			keys.add(NameKey.of(directive.name()));
		}
		aliases.forEach((alias) -> keys.add(NameKey.of(alias)));
		return keys;
	}

}
