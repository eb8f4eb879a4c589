package vn.danvan.directives;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.security.ScopedUser;

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

	DirectiveMentions(MentionRepository mentions, DirectiveRepository directives) {
		this.mentions = mentions;
		this.directives = directives;
	}

	/**
	 * The references in the text, looked up among the directives the user may see.
	 */
	@Transactional(readOnly = true)
	public List<DirectiveReference> recognise(List<Directive> visible, String text) {
		List<CatalogueEntry> catalogue = visible.stream().map(Directive::catalogueEntry).toList();
		return ReferenceResolver.resolveAll(this.recogniser.find(text), catalogue);
	}

	List<DirectiveReference> record(String sourceType, String sourceId, String sourceTitle, String link, String text) {
		if (sourceType == null || sourceType.isBlank() || sourceId == null || sourceId.isBlank()) {
			throw new IllegalArgumentException("sourceType and sourceId are required");
		}
		List<DirectiveReference> references = ReferenceResolver.resolveAll(this.recogniser.find(text), catalogue());
		this.mentions.deleteSource(sourceType, sourceId);
		for (DirectiveReference reference : references) {
			this.mentions.insert(sourceType, sourceId, sourceTitle, link, reference, excerpt(text, reference.found()));
		}
		return references;
	}

	@Transactional(readOnly = true)
	public List<Mention> ofDirective(ScopedUser user, Directive directive) {
		return this.mentions.ofDirective(directive.id());
	}

	/**
	 * References that no registered directive answers (or several do), most mentioned
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<UnknownReference> unknown() {
		return this.mentions.unresolved(500)
			.stream()
			.sorted((a, b) -> (a.count() != b.count()) ? Long.compare(b.count(), a.count())
					: b.lastSeen().compareTo(a.lastSeen()))
			.toList();
	}

	/**
	 * Looks the mentions with the number up again after the register changed.
	 */
	void resolveAgain(String number) {
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
