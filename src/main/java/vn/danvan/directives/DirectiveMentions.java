package vn.danvan.directives;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.security.ScopedUser;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;
import vn.danvan.directives.register.DirectivePermissions;
import vn.danvan.directives.recognition.CatalogueEntry;
import vn.danvan.directives.recognition.DirectiveRecogniser;
import vn.danvan.directives.recognition.DirectiveReference;
import vn.danvan.directives.recognition.FoundReference;
import vn.danvan.directives.recognition.Mention;
import vn.danvan.directives.recognition.ReferenceResolver;
import vn.danvan.directives.recognition.UnknownReference;

/**
 * Directive references in texts: recognise them in any text (resolved among the
 * directives the user may see), record where directives are mentioned in texts Danvan
 * holds, and list the references no registered directive answers.
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
	 * The references in the text, looked up among the directives the user may see.
	 */
	@Transactional(readOnly = true)
	public List<DirectiveReference> recognise(List<Directive> visible, String text) {
		List<CatalogueEntry> catalogue = visible.stream().map(Directive::catalogueEntry).toList();
		return ReferenceResolver.resolveAll(this.recogniser.find(text), catalogue);
	}

	public List<DirectiveReference> record(String sourceType, String sourceId, String sourceTitle, String link,
			Long sourceUnitId, String text) {
		if (sourceType == null || sourceType.isBlank() || sourceId == null || sourceId.isBlank()) {
			throw new IllegalArgumentException("sourceType and sourceId are required");
		}
		List<DirectiveReference> references = ReferenceResolver.resolveAll(this.recogniser.find(text), catalogue());
		this.mentions.deleteSource(sourceType, sourceId);
		for (DirectiveReference reference : references) {
			this.mentions.insert(sourceType, sourceId, sourceTitle, link, sourceUnitId, reference,
					excerpt(text, reference.found()));
		}
		return references;
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
		List<MentionRepository.StoredReference> affected = this.mentions.withNumber(number);
		if (affected.isEmpty()) {
			return;
		}
		List<CatalogueEntry> catalogue = catalogue();
		for (MentionRepository.StoredReference mention : affected) {
			DirectiveReference reference = ReferenceResolver.resolve(mention.found(), catalogue);
			Long directiveId = (reference.directive() != null) ? reference.directive().id() : null;
			this.mentions.updateResolution(mention.mentionId(), reference.resolution(), directiveId);
		}
	}

	private List<CatalogueEntry> catalogue() {
		return this.directives.all().stream().map(Directive::catalogueEntry).toList();
	}

	static String excerpt(String text, FoundReference found) {
		int from = Math.max(0, found.start() - EXCERPT);
		int to = Math.min(text.length(), found.end() + EXCERPT);
		String excerpt = text.substring(from, to).replaceAll("\\s+", " ").strip();
		return ((from > 0) ? "…" : "") + excerpt + ((to < text.length()) ? "…" : "");
	}

}
