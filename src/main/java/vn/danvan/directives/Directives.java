package vn.danvan.directives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.directives.recognition.NameKey;
import vn.danvan.directives.register.DirectiveAliasesChanged;
import vn.danvan.directives.register.DirectiveAttachmentAdded;
import vn.danvan.directives.register.DirectiveChanged;
import vn.danvan.directives.register.DirectiveRegistered;
import vn.danvan.directives.register.DirectiveRemoved;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.text.TextLimits;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.time.VietnamTime;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;
import vn.danvan.directives.recognition.CatalogueDirective;
import vn.danvan.directives.recognition.DirectiveReference;
import vn.danvan.directives.register.Attachment;
import vn.danvan.directives.register.AttachmentContent;
import vn.danvan.directives.register.DirectivePermissions;
import vn.danvan.directives.register.DirectiveSearch;
import vn.danvan.directives.register.DirectivesProperties;
import vn.danvan.directives.register.Upload;
import vn.danvan.shared.errors.ConflictException;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.errors.NotFoundException;
import vn.danvan.shared.errors.RejectedException;

/**
 * The register of directives: register, change and remove a directive, search, keep its
 * PDF and DOCX files. A directive registered by an officer bound to a unit is seen by the
 * users of that unit's subtree and of the units above it; the catalogue (no unit) by
 * everyone. Every change is audited; bad input throws {@link RejectedException} and
 * writes nothing.
 */
@Service
@Transactional
public class Directives {

	public static final String REGISTERED = "DIRECTIVE_REGISTERED";

	public static final String CHANGED = "DIRECTIVE_CHANGED";

	public static final String REMOVED = "DIRECTIVE_REMOVED";

	public static final String ATTACHMENT_ADDED = "DIRECTIVE_ATTACHMENT_ADDED";

	public static final String ALIASES_CHANGED = "DIRECTIVE_ALIASES_CHANGED";

	/** The longest name or alias (the database has the same limit). */
	public static final int MAX_NAME = 300;

	/** The most aliases a directive has. */
	public static final int MAX_ALIASES = 20;

	static final String TARGET = "directive";

	private static final int SEARCH_LIMIT = 200;

	private final DirectiveRepository directives;

	private final ActionRepository actions;

	private final DirectiveMentions mentions;

	private final Units units;

	private final ApplicationEventPublisher events;

	private final DirectivesProperties properties;

	private final DirectivePermissions permissions;

	Directives(DirectiveRepository directives, ActionRepository actions, DirectiveMentions mentions, Units units,
			ApplicationEventPublisher events, DirectivesProperties properties, DirectivePermissions permissions) {
		this.directives = directives;
		this.actions = actions;
		this.mentions = mentions;
		this.units = units;
		this.events = events;
		this.properties = properties;
		this.permissions = permissions;
	}

	/**
	 * @throws NotFoundException when there is no such directive or the user may not see
	 * it
	 */
	@Transactional(readOnly = true)
	public Directive get(ScopedUser user, long id) {
		return this.directives.find(id)
			.filter((directive) -> canSee(user, directive))
			.orElseThrow(() -> new NotFoundException("directives.error.notFound"));
	}

	@Transactional(readOnly = true)
	public List<Directive> search(ScopedUser user, DirectiveSearch search) {
		return this.directives.search(search, SEARCH_LIMIT).stream().filter((d) -> canSee(user, d)).toList();
	}

	/**
	 * Every directive the user may see, newest first.
	 */
	@Transactional(readOnly = true)
	public List<Directive> visible(ScopedUser user) {
		return this.directives.all().stream().filter((d) -> canSee(user, d)).toList();
	}

	/**
	 * True for the catalogue, and for a directive whose unit is in the user's subtree or
	 * above the user's unit.
	 */
	public boolean canSee(ScopedUser user, Directive directive) {
		return this.permissions.canSee(user, directive);
	}

	/**
	 * True when the user may change, remove and add files to the directive (see
	 * {@link DirectivePermissions#canChange}).
	 */
	public boolean canChange(ScopedUser user, Directive directive) {
		return this.permissions.canChange(user, directive);
	}

	private void requireChangeable(ScopedUser user, Directive directive) {
		if (!this.permissions.canChange(user, directive)) {
			throw new ForbiddenException("directives.error.notYours");
		}
	}

	/**
	 * Registers a directive with its files, all or nothing.
	 * @return the new directive
	 */
	public Directive register(ScopedUser user, DirectiveForm form, List<Upload> files, String remoteIp) {
		if (!this.permissions.officer(user)) {
			throw new ForbiddenException("directives.error.notYours");
		}
		DirectiveForm clean = validate(user, form, null);
		List<CheckedUpload> checked = CheckedUpload.all(files, this.properties.maxAttachmentSize());
		long id;
		try {
			id = this.directives.insert(clean, user.scopeUnitId(), user.getUsername());
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(clean);
		}
		for (CheckedUpload file : checked) {
			this.directives.insertAttachment(id, false, file.fileName(), file.contentType(), file.content(),
					user.getUsername());
		}
		Directive created = this.directives.find(id).orElseThrow();
		if (created.name() != null) {
			this.directives.lockNames();
			DirectiveNames.requireFree(this.directives, created, created.name(), "name");
		}
		this.events.publishEvent(new DirectiveRegistered(user.getUsername(), id, user.scopeUnitId(), remoteIp,
				Map.of("after", attributes(created), "files", checked.stream().map(CheckedUpload::fileName).toList())));
		this.mentions.resolveAgain(created.number());
		this.mentions.resolveAgainNames(DirectiveNames.keys(created, List.of()));
		return created;
	}

	/**
	 * Registers a directive of the starting catalogue, seen by every user.
	 */
	public Directive registerFromCatalogue(CatalogueDirective directive, String actor) {
		return registerFromCatalogue(directive, null, actor);
	}

	/**
	 * Registers a directive of the starting catalogue, seen by every user, issued by the
	 * unit (a local document of the catalogue), with its aliases.
	 */
	public Directive registerFromCatalogue(CatalogueDirective directive, Long issuerUnitId, String actor) {
		DirectiveForm form = new DirectiveForm(directive.type(), directive.symbol(), directive.issuedOn(),
				directive.issuer(), directive.summary(), directive.fields(), DirectiveStatus.IN_FORCE, null, null,
				directive.name());
		long id = this.directives.insert(form, null, issuerUnitId, actor);
		this.directives.replaceAliases(id, directive.aliases());
		Directive created = this.directives.find(id).orElseThrow();
		Map<String, Object> after = attributes(created);
		if (!directive.aliases().isEmpty()) {
			after.put("aliases", directive.aliases());
		}
		this.events.publishEvent(new DirectiveRegistered(actor, id, null, null, Map.of("after", after)));
		this.mentions.resolveAgain(created.number());
		this.mentions.resolveAgainNames(DirectiveNames.keys(created, directive.aliases()));
		return created;
	}

	/**
	 * Sets the issuing unit of a catalogue directive registered before its unit was known
	 * (the demo tree loaded after the catalogue).
	 */
	void placeCatalogueDirective(Directive directive, long issuerUnitId) {
		if (directive.issuerUnitId() == null && directive.ownerUnitId() == null) {
			this.directives.setIssuerUnit(directive.id(), issuerUnitId);
			this.mentions.resolveAgain(directive.number());
		}
	}

	/**
	 * The other names the directive is known by, in their order.
	 */
	@Transactional(readOnly = true)
	public List<String> aliases(ScopedUser user, long id) {
		get(user, id);
		return this.directives.aliases(id);
	}

	/**
	 * Replaces the other names of a directive ("Nghị quyết TW4 khóa XII"), all or
	 * nothing: refused for an empty alias, one longer than {@link #MAX_NAME}, more than
	 * {@link #MAX_ALIASES}, the same alias twice, or one that the name or an alias of
	 * another directive of the same issuer's scope already is (field {@code aliases}).
	 * Only the owner of the directive changes them, as for an edit.
	 * @return the aliases kept
	 */
	public List<String> changeAliases(ScopedUser user, long id, List<String> aliases, String remoteIp) {
		Directive directive = this.directives.lock(id)
			.filter((d) -> canSee(user, d))
			.orElseThrow(() -> new NotFoundException("directives.error.notFound"));
		requireChangeable(user, directive);
		List<String> clean = DirectiveNames.checkedAliases(this.directives, directive, aliases);
		List<String> before = this.directives.aliases(id);
		this.directives.replaceAliases(id, clean);
		this.events.publishEvent(new DirectiveAliasesChanged(user.getUsername(), id, directive.ownerUnitId(), remoteIp,
				Map.of("before", before, "after", clean)));
		Set<String> keys = new java.util.HashSet<>(DirectiveNames.keys(directive, before));
		keys.addAll(DirectiveNames.keys(directive, clean));
		this.mentions.resolveAgainNames(keys);
		return clean;
	}

	/**
	 * Changes a directive; refused when it was changed since {@code form.version()}.
	 */
	public Directive change(ScopedUser user, long id, DirectiveForm form, String remoteIp) {
		Directive before = this.directives.lock(id)
			.filter((d) -> canSee(user, d))
			.orElseThrow(() -> new NotFoundException("directives.error.notFound"));
		requireChangeable(user, before);
		if (form.version() == null || form.version() != before.version()) {
			throw new ConflictException("directives.error.stale").with("field", "version");
		}
		DirectiveForm clean = validate(user, form, id);
		try {
			this.directives.update(id, clean);
		}
		catch (DuplicateKeyException ex) {
			throw duplicate(clean);
		}
		Directive after = this.directives.find(id).orElseThrow();
		if (after.name() != null) {
			this.directives.lockNames();
			DirectiveNames.requireFree(this.directives, after, after.name(), "name");
		}
		this.events.publishEvent(new DirectiveChanged(user.getUsername(), id, before.ownerUnitId(), remoteIp,
				Map.of("before", attributes(before), "after", attributes(after))));
		this.mentions.resolveAgain(before.number());
		this.mentions.resolveAgain(after.number());
		List<String> aliases = this.directives.aliases(id);
		Set<String> keys = new java.util.HashSet<>(DirectiveNames.keys(before, aliases));
		keys.addAll(DirectiveNames.keys(after, aliases));
		this.mentions.resolveAgainNames(keys);
		return after;
	}

	/**
	 * Removes a directive that nothing depends on yet (no actions, not the successor of
	 * another); its mentions become unknown references again.
	 */
	public void remove(ScopedUser user, long id, String remoteIp) {
		Directive directive = this.directives.lock(id)
			.filter((d) -> canSee(user, d))
			.orElseThrow(() -> new NotFoundException("directives.error.notFound"));
		requireChangeable(user, directive);
		if (this.actions.existFor(id)) {
			throw new RejectedException(null, "directives.error.hasActions");
		}
		if (this.directives.replacesAnother(id)) {
			throw new RejectedException(null, "directives.error.isSuccessor");
		}
		this.directives.delete(id);
		this.events.publishEvent(new DirectiveRemoved(user.getUsername(), id, directive.ownerUnitId(), remoteIp,
				Map.of("before", attributes(directive))));
		this.mentions.resolveAgain(directive.number());
	}

	public Attachment addAttachment(ScopedUser user, long directiveId, Upload file, String remoteIp) {
		Directive directive = this.directives.lock(directiveId)
			.filter((d) -> canSee(user, d))
			.orElseThrow(() -> new NotFoundException("directives.error.notFound"));
		requireChangeable(user, directive);
		if (file == null || file.isEmpty()) {
			throw new RejectedException("file", "directives.error.fileMissing");
		}
		CheckedUpload checked = CheckedUpload.of(file, this.properties.maxAttachmentSize());
		long id = this.directives.insertAttachment(directiveId, false, checked.fileName(), checked.contentType(),
				checked.content(), user.getUsername());
		this.events.publishEvent(new DirectiveAttachmentAdded(user.getUsername(), directiveId, directive.ownerUnitId(),
				remoteIp, Map.of("file", checked.fileName(), "size", checked.content().length)));
		return this.directives.attachmentContent(id).orElseThrow().attachment();
	}

	@Transactional(readOnly = true)
	public List<Attachment> attachments(ScopedUser user, long directiveId) {
		get(user, directiveId);
		return this.directives.attachments(directiveId);
	}

	/**
	 * The file, when the user may see its directive (and, for evidence, the unit that
	 * recorded it).
	 */
	@Transactional(readOnly = true)
	public AttachmentContent attachment(ScopedUser user, long attachmentId, UnitScope scope) {
		AttachmentContent content = this.directives.attachmentContent(attachmentId)
			.orElseThrow(() -> new NotFoundException("directives.error.notFound"));
		get(user, content.attachment().directiveId());
		if (content.attachment().evidence()) {
			Long unit = this.directives.evidenceUnit(attachmentId).orElse(null);
			if (unit == null || !scope.canSeeHistorical(user, unit)) {
				throw new NotFoundException("directives.error.notFound");
			}
		}
		return content;
	}

	/**
	 * Records where directives are mentioned in a text Danvan holds (a report narrative,
	 * a conference record, a news article), replacing what was recorded for that source
	 * before, and returns the references found.
	 */
	public List<DirectiveReference> recordMentions(String sourceType, String sourceId, String sourceTitle, String link,
			String text) {
		return recordMentions(sourceType, sourceId, sourceTitle, link, null, text);
	}

	/**
	 * As {@link #recordMentions(String, String, String, String, String)}, for a text that
	 * belongs to a unit: its mentions are shown only to users whose scope holds the unit.
	 */
	public List<DirectiveReference> recordMentions(String sourceType, String sourceId, String sourceTitle, String link,
			Long sourceUnitId, String text) {
		return this.mentions.record(sourceType, sourceId, sourceTitle, link, sourceUnitId, text);
	}

	/**
	 * Checks an uploaded file and stores it as evidence; used by the action records.
	 */
	long storeEvidence(long directiveId, Upload file, String actor) {
		CheckedUpload checked = CheckedUpload.of(file, this.properties.maxAttachmentSize());
		return this.directives.insertAttachment(directiveId, true, checked.fileName(), checked.contentType(),
				checked.content(), actor);
	}

	/**
	 * Refuses a text longer than its field takes (the database has the same limit).
	 */
	static void tooLong(String field, String text, int max) {
		if (TextLimits.problem(text, max) != null) {
			throw new RejectedException(field, "directives.error.tooLong", max);
		}
	}

	private DirectiveForm validate(ScopedUser user, DirectiveForm form, Long id) {
		if (form.type() == null) {
			throw new RejectedException("type", "directives.error.typeRequired");
		}
		String symbol = cleanSymbol(form.symbol());
		String name = VietnameseText.clean(form.name());
		if (name != null && name.isEmpty()) {
			name = null;
		}
		if (symbol.isEmpty() && name == null) {
			throw new RejectedException("symbol", "directives.error.symbolRequired");
		}
		if (!symbol.isEmpty() && (!Character.isDigit(symbol.charAt(0)) || symbol.length() > 60)) {
			throw new RejectedException("symbol", "directives.error.symbolFormat", symbol);
		}
		if (name != null) {
			tooLong("name", name, MAX_NAME);
			if (NameKey.of(name).indexOf(' ') < 0) {
				throw new RejectedException("name", "directives.error.aliasOneWord", name);
			}
		}
		if (form.issuedOn() == null) {
			throw new RejectedException("issuedOn", "directives.error.dateRequired");
		}
		LocalDate today = UnitScope.today();
		if (form.issuedOn().isAfter(today)) {
			throw new RejectedException("issuedOn", "directives.error.dateInFuture",
					VietnamTime.DATE.format(form.issuedOn()), VietnamTime.DATE.format(today));
		}
		String issuer = VietnameseText.clean(form.issuer());
		if (issuer == null || issuer.isEmpty()) {
			throw new RejectedException("issuer", "directives.error.issuerRequired");
		}
		String summary = VietnameseText.clean(form.summary());
		if (summary == null || summary.isEmpty()) {
			throw new RejectedException("summary", "directives.error.summaryRequired");
		}
		String fields = Objects.requireNonNullElse(VietnameseText.clean(form.fields()), "");
		tooLong("issuer", issuer, TextLimits.TITLE);
		tooLong("summary", summary, TextLimits.SUMMARY);
		tooLong("fields", fields, TextLimits.NOTE);
		DirectiveStatus status = (form.status() != null) ? form.status() : DirectiveStatus.IN_FORCE;
		Long replacedBy = (status == DirectiveStatus.REPLACED) ? form.replacedById() : null;
		if (status == DirectiveStatus.REPLACED) {
			if (replacedBy == null) {
				throw new RejectedException("replacedById", "directives.error.successorRequired");
			}
			Directive successor = this.directives.find(replacedBy)
				.filter((d) -> canSee(user, d))
				.orElseThrow(
						() -> new RejectedException("replacedById", "directives.error.successorUnknown", replacedBy));
			if (id != null && this.directives.successors(successor.id()).contains(id)) {
				throw new RejectedException("replacedById", "directives.error.cycle", successor.symbol());
			}
		}
		DirectiveForm clean = new DirectiveForm(form.type(), symbol, form.issuedOn(), issuer, summary, fields, status,
				replacedBy, form.version(), name);
		(symbol.isEmpty() ? this.directives.findByNameAndIssuer(name, issuer)
				: this.directives.findBySymbolAndIssuer(symbol, issuer))
			.filter((existing) -> !Objects.equals(existing.id(), id))
			.ifPresent((existing) -> {
				throw duplicate(clean);
			});
		return clean;
	}

	private static RejectedException duplicate(DirectiveForm form) {
		if (form.symbol().isEmpty()) {
			return new RejectedException("name", "directives.error.duplicateName", form.name(), form.issuer());
		}
		return new RejectedException("symbol", "directives.error.duplicate", form.symbol(), form.issuer());
	}

	/**
	 * "25 - nq / tw" → "25-NQ/TW"; "11-qđi/tw" → "11-QĐi/TW".
	 */
	static String cleanSymbol(String symbol) {
		String clean = Objects.requireNonNullElse(VietnameseText.clean(symbol), "").replaceAll("\\s*([-/])\\s*", "$1");
		clean = clean.toUpperCase(Locale.ROOT).replace("QĐI/", "QĐi/").replace("QDI/", "QĐi/");
		return clean.replace(" ", "");
	}

	static Map<String, Object> attributes(Directive directive) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("type", directive.type().name());
		attributes.put("symbol", directive.symbol());
		if (directive.name() != null) {
			attributes.put("name", directive.name());
		}
		attributes.put("issuedOn", directive.issuedOn().toString());
		attributes.put("issuer", directive.issuer());
		attributes.put("summary", directive.summary());
		attributes.put("fields", directive.fields());
		attributes.put("status", directive.status().name());
		if (directive.replacedById() != null) {
			attributes.put("replacedBy", directive.replacedById());
		}
		return attributes;
	}

}
