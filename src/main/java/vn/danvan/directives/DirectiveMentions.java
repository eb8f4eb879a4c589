package vn.danvan.directives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.security.ScopedUser;
import vn.danvan.units.CurrentUnit;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;
import vn.danvan.directives.register.DirectivePermissions;
import vn.danvan.directives.recognition.CatalogueEntry;
import vn.danvan.directives.recognition.DirectiveRecogniser;
import vn.danvan.directives.recognition.DirectiveReference;
import vn.danvan.directives.recognition.FoundReference;
import vn.danvan.directives.recognition.IssuerChain;
import vn.danvan.directives.recognition.NamedReferences;
import vn.danvan.directives.recognition.Mention;
import vn.danvan.directives.recognition.ReferenceResolver;
import vn.danvan.directives.recognition.UnknownReference;

/**
 * Directive references in texts: recognise them in any text (resolved among the
 * directives the user may see), record where directives are mentioned in texts Danvan
 * holds, and list the references no registered directive answers. A reference to a local
 * document ("Thông báo 1035-TB/TU") resolves within the text's unit and the units above
 * it, as the tree was on the text's date ({@link IssuerChain}); a text of no unit
 * resolves only national documents.
 */
@Service
@Transactional
public class DirectiveMentions {

	static final int EXCERPT = 80;

	private final DirectiveRecogniser recogniser = new DirectiveRecogniser();

	private final MentionRepository mentions;

	private final DirectiveRepository directives;

	private final DirectivePermissions permissions;

	private final Units units;

	DirectiveMentions(MentionRepository mentions, DirectiveRepository directives, DirectivePermissions permissions,
			Units units) {
		this.mentions = mentions;
		this.directives = directives;
		this.permissions = permissions;
		this.units = units;
	}

	/**
	 * The references in a text of no unit, looked up among the directives the user may
	 * see: only national documents resolve.
	 */
	@Transactional(readOnly = true)
	public List<DirectiveReference> recognise(List<Directive> visible, String text) {
		return recognise(visible, null, UnitScope.today(), text);
	}

	/**
	 * The references in a text of the unit (as the tree was on the date), looked up among
	 * the directives the user may see.
	 * @param unitId the text's unit, {@code null} for none
	 */
	@Transactional(readOnly = true)
	public List<DirectiveReference> recognise(List<Directive> visible, Long unitId, LocalDate date, String text) {
		List<CatalogueEntry> catalogue = entries(visible);
		return ReferenceResolver.resolveAll(this.recogniser.find(text, NamedReferences.of(catalogue)), catalogue,
				chain(unitId, date));
	}

	public List<DirectiveReference> record(String sourceType, String sourceId, String sourceTitle, String link,
			Long sourceUnitId, String text) {
		if (sourceType == null || sourceType.isBlank() || sourceId == null || sourceId.isBlank()) {
			throw new IllegalArgumentException("sourceType and sourceId are required");
		}
		LocalDate today = UnitScope.today();
		List<CatalogueEntry> catalogue = catalogue();
		List<DirectiveReference> references = ReferenceResolver.resolveAll(
				this.recogniser.find(text, NamedReferences.of(catalogue)), catalogue, chain(sourceUnitId, today));
		this.mentions.deleteSource(sourceType, sourceId);
		for (DirectiveReference reference : references) {
			this.mentions.insert(sourceType, sourceId, sourceTitle, link, sourceUnitId, today, reference,
					excerpt(text, reference.found()));
		}
		return references;
	}

	/**
	 * The text's unit and the units above it on the date; an issuing unit is placed by
	 * what it became by then (Kiên Giang's documents are An Giang's after 01/7/2025) and,
	 * for an organisation attached to a unit (a Tỉnh ủy, a Ban), by that unit.
	 */
	IssuerChain chain(Long unitId, LocalDate date) {
		if (unitId == null) {
			return IssuerChain.NONE;
		}
		List<Long> chain = new ArrayList<>();
		chain.add(unitId);
		this.units.ancestors(unitId, date).forEach((unit) -> chain.add(unit.id()));
		Map<Long, Integer> distances = new HashMap<>();
		return (issuerUnitId) -> distances.computeIfAbsent(issuerUnitId, (issuer) -> {
			Set<Long> places = new HashSet<>();
			places.add(issuer);
			for (CurrentUnit current : this.units.currentUnits(issuer, date)) {
				Unit unit = current.unit();
				places.add(unit.id());
				if (!unit.kind().administrative() && unit.parentId() != null) {
					places.add(unit.parentId());
				}
			}
			int best = -1;
			for (int i = 0; i < chain.size() && best < 0; i++) {
				if (places.contains(chain.get(i))) {
					best = i;
				}
			}
			return best;
		});
	}

	/**
	 * The mentions of the directive recorded in texts of units in the user's scope.
	 */
	@Transactional(readOnly = true)
	public List<Mention> ofDirective(ScopedUser user, Directive directive) {
		return this.mentions.ofDirective(directive.id())
			.stream()
			.filter((m) -> this.permissions.canSeeMention(user, m.sourceUnitId()))
			.toList();
	}

	/**
	 * References that no registered directive answers (or several do) in texts of units
	 * in the user's scope, most mentioned first.
	 */
	@Transactional(readOnly = true)
	public List<UnknownReference> unknown(ScopedUser user) {
		if (user.scopeUnitId() == null && !user.administrator()) {
			return List.of();
		}
		List<Long> scope = null;
		if (user.scopeUnitId() != null) {
			List<Long> ids = new ArrayList<>();
			ids.add(user.scopeUnitId());
			this.units.descendants(user.scopeUnitId(), UnitScope.today(), null).forEach((u) -> ids.add(u.id()));
			scope = ids;
		}
		return this.mentions.unresolved(500, scope)
			.stream()
			.sorted((a, b) -> (a.count() != b.count()) ? Long.compare(b.count(), a.count())
					: b.lastSeen().compareTo(a.lastSeen()))
			.toList();
	}

	/**
	 * Looks the mentions with the number up again after the register changed.
	 */
	public void resolveAgain(String number) {
		if (number == null || number.isEmpty()) {
			return;
		}
		resolveAgain(this.mentions.withNumber(number));
	}

	/**
	 * Looks the mentions of these names (their {@code NameKey}s) up again after a
	 * directive's name or aliases changed.
	 */
	public void resolveAgainNames(Collection<String> nameKeys) {
		if (!nameKeys.isEmpty()) {
			resolveAgain(this.mentions.withNameKeys(nameKeys));
		}
	}

	private void resolveAgain(List<MentionRepository.StoredReference> affected) {
		if (affected.isEmpty()) {
			return;
		}
		ReferenceResolver.Index catalogue = ReferenceResolver.index(catalogue());
		Map<String, IssuerChain> chains = new HashMap<>();
		for (MentionRepository.StoredReference mention : affected) {
			IssuerChain chain = chains.computeIfAbsent(mention.sourceUnitId() + "@" + mention.textDate(),
					(key) -> chain(mention.sourceUnitId(), mention.textDate()));
			DirectiveReference reference = catalogue.resolveAll(List.of(mention.found()), chain).get(0);
			Long directiveId = (reference.directive() != null) ? reference.directive().id() : null;
			this.mentions.updateResolution(mention.mentionId(), reference.resolution(), directiveId);
		}
	}

	private List<CatalogueEntry> catalogue() {
		return entries(this.directives.all());
	}

	private List<CatalogueEntry> entries(List<Directive> directives) {
		Map<Long, List<String>> aliases = this.directives.allAliases();
		return directives.stream().map((d) -> d.catalogueEntry(aliases.getOrDefault(d.id(), List.of()))).toList();
	}

	static String excerpt(String text, FoundReference found) {
		int from = Math.max(0, found.start() - EXCERPT);
		int to = Math.min(text.length(), found.end() + EXCERPT);
		String excerpt = text.substring(from, to).replaceAll("\\s+", " ").strip();
		return ((from > 0) ? "…" : "") + excerpt + ((to < text.length()) ? "…" : "");
	}

}
