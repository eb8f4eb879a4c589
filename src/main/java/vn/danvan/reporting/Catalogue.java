package vn.danvan.reporting;

import org.springframework.context.ApplicationEventPublisher;
import vn.danvan.reporting.catalogue.BreakdownCreated;
import vn.danvan.reporting.catalogue.IndicatorCreated;
import vn.danvan.reporting.catalogue.IndicatorChanged;
import vn.danvan.reporting.catalogue.RuleCreated;
import vn.danvan.reporting.catalogue.RuleDeleted;
import vn.danvan.reporting.catalogue.TemplateDefined;

import vn.danvan.reporting.catalogue.Breakdown;
import vn.danvan.reporting.catalogue.SectionRejectedException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.reporting.CatalogueDefinition.BreakdownDefinition;
import vn.danvan.reporting.CatalogueDefinition.IndicatorDefinition;
import vn.danvan.reporting.CatalogueDefinition.RuleDefinition;
import vn.danvan.reporting.CatalogueDefinition.SectionDefinition;
import vn.danvan.reporting.CatalogueDefinition.TemplateDefinition;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.units.UnitKind;
import vn.danvan.units.UnitLevel;
import vn.danvan.shared.errors.ConflictException;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.errors.InvalidRequestException;
import vn.danvan.shared.errors.NotFoundException;

/**
 * Indicators, breakdowns, validation rules and templates: what reports are made of.
 * Template versions freeze when a period is opened with them; changing a frozen template
 * makes a new version.
 */
@Service
public class Catalogue {

	/** Largest magnitude a value may have (15 digits before the decimal comma). */
	public static final BigDecimal LARGEST = new BigDecimal("999999999999999");

	private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");

	private final CatalogueRepository repository;

	private final ApplicationEventPublisher events;

	/**
	 * Structures of frozen template versions, which every save and submission reads.
	 * Their sections never change; indicator wording, bounds and rules may, so an entry
	 * is kept for {@link #CACHE_FOR} at most (another node's change shows within that
	 * time) and this node's own changes clear the cache at once.
	 */
	private final Map<Long, CachedStructure> frozen = new java.util.concurrent.ConcurrentHashMap<>();

	static final java.time.Duration CACHE_FOR = java.time.Duration.ofSeconds(30);

	private final Permissions permissions;

	Catalogue(CatalogueRepository repository, ApplicationEventPublisher events, Permissions permissions) {
		this.repository = repository;
		this.events = events;
		this.permissions = permissions;
	}

	@Transactional(readOnly = true)
	public List<Indicator> indicators(String search) {
		String text = VietnameseText.clean(search);
		return this.repository.indicators((text == null || text.isEmpty()) ? null : text);
	}

	@Transactional(readOnly = true)
	public Indicator indicator(long id) {
		return this.repository.indicator(id).orElseThrow(() -> new NotFoundException("reporting.error.notFound"));
	}

	@Transactional(readOnly = true)
	public Optional<Indicator> indicatorByCode(String code) {
		return this.repository.indicatorByCode(code);
	}

	@Transactional(readOnly = true)
	public List<Breakdown> breakdowns() {
		return this.repository.breakdowns();
	}

	@Transactional(readOnly = true)
	public List<Rule> rules() {
		return this.repository.rules();
	}

	/**
	 * The rules that check an indicator (those where it is the first of the two
	 * compared).
	 */
	@Transactional(readOnly = true)
	public List<Rule> rulesOf(long indicatorId) {
		return this.repository.rules().stream().filter((r) -> r.indicatorId() == indicatorId).toList();
	}

	@Transactional(readOnly = true)
	public List<Template> templates() {
		return this.repository.templates();
	}

	@Transactional(readOnly = true)
	public Template template(long id) {
		return this.repository.template(id).orElseThrow(() -> new NotFoundException("reporting.error.notFound"));
	}

	@Transactional(readOnly = true)
	public List<Integer> versions(long templateId) {
		return this.repository.versions(templateId);
	}

	@Transactional(readOnly = true)
	public TemplateStructure structure(long versionId) {
		CachedStructure cached = this.frozen.get(versionId);
		long now = System.nanoTime();
		if (cached != null && now - cached.loadedAt() < CACHE_FOR.toNanos()) {
			return cached.structure();
		}
		TemplateStructure structure = this.repository.structure(versionId)
			.orElseThrow(() -> new NotFoundException("reporting.error.notFound"));
		if (structure.frozen()) {
			this.frozen.put(versionId, new CachedStructure(structure, now));
		}
		return structure;
	}

	private record CachedStructure(TemplateStructure structure, long loadedAt) {
	}

	@Transactional(readOnly = true)
	public TemplateStructure structure(long templateId, int version) {
		return structure(this.repository.versionId(templateId, version)
			.orElseThrow(() -> new NotFoundException("reporting.error.notFound")));
	}

	/**
	 * Creates a breakdown with its items.
	 */
	@Transactional
	public long defineBreakdown(ScopedUser user, BreakdownDefinition definition) {
		requireNational(user);
		String code = code(definition.code());
		if (this.repository.breakdownId(code).isPresent()) {
			throw new ConflictException("reporting.error.breakdownExists", code);
		}
		List<Breakdown.Item> items = new ArrayList<>();
		Set<String> codes = new LinkedHashSet<>();
		for (var item : (definition.items() != null) ? definition.items()
				: List.<CatalogueDefinition.ItemDefinition>of()) {
			String itemCode = code(item.code());
			if (!codes.add(itemCode)) {
				throw new InvalidRequestException(null, "reporting.error.duplicateItem", itemCode);
			}
			items.add(new Breakdown.Item(itemCode, text(item.name(), "reporting.error.nameRequired")));
		}
		if (items.isEmpty()) {
			throw new InvalidRequestException(null, "reporting.error.breakdownEmpty");
		}
		long id = this.repository.insertBreakdown(code, text(definition.name(), "reporting.error.nameRequired"), items);
		this.events.publishEvent(new BreakdownCreated(user.getUsername(), id, code));
		return id;
	}

	/**
	 * Creates an indicator.
	 */
	@Transactional
	public Indicator defineIndicator(ScopedUser user, IndicatorDefinition definition) {
		requireNational(user);
		Indicator indicator = indicatorFrom(0, definition);
		if (this.repository.indicatorByCode(indicator.code()).isPresent()) {
			throw new ConflictException("reporting.error.indicatorExists", indicator.code());
		}
		long id = this.repository.insertIndicator(indicator);
		this.events.publishEvent(new IndicatorCreated(user.getUsername(), id, indicator.code()));
		return indicator(id);
	}

	/**
	 * Changes an indicator; its code never changes, and while a frozen template uses it
	 * neither do its type, breakdown nor parts.
	 */
	@Transactional
	public Indicator changeIndicator(ScopedUser user, long id, int expectedVersion, IndicatorDefinition definition) {
		requireNational(user);
		Indicator current = indicator(id);
		Indicator changed = indicatorFrom(id,
				new IndicatorDefinition(current.code(), definition.name(), definition.unitOfMeasure(),
						definition.valueType(), definition.aggregation(), definition.breakdown(),
						definition.numerator(), definition.denominator(), definition.required(), definition.minValue(),
						definition.maxValue(), definition.description()));
		boolean shapeChanged = changed.valueType() != current.valueType()
				|| !java.util.Objects.equals(changed.breakdownId(), current.breakdownId())
				|| !java.util.Objects.equals(changed.numeratorId(), current.numeratorId())
				|| !java.util.Objects.equals(changed.denominatorId(), current.denominatorId());
		if (shapeChanged && this.repository.indicatorInFrozenTemplate(id)) {
			throw new ConflictException("reporting.error.indicatorInUse", current.code());
		}
		this.frozen.clear();
		if (!this.repository.updateIndicator(changed, expectedVersion)) {
			throw new ConflictException("reporting.error.indicatorChanged", current.code());
		}
		this.events.publishEvent(new IndicatorChanged(user.getUsername(), id, current.code()));
		return indicator(id);
	}

	/**
	 * Adds a validation rule.
	 */
	@Transactional
	public long defineRule(ScopedUser user, RuleDefinition definition) {
		requireNational(user);
		this.frozen.clear();
		long id = this.repository.insertRule(ruleFrom(definition));
		this.events.publishEvent(new RuleCreated(user.getUsername(), id, definition.indicator()));
		return id;
	}

	@Transactional
	public void deleteRule(ScopedUser user, long ruleId) {
		requireNational(user);
		this.frozen.clear();
		if (!this.repository.deleteRule(ruleId)) {
			throw new NotFoundException("reporting.error.notFound");
		}
		this.events.publishEvent(new RuleDeleted(user.getUsername(), ruleId));
	}

	/**
	 * Defines a template: creates it, replaces its latest version while that is not yet
	 * frozen, or adds a new version once it is. Returns the version's structure.
	 */
	@Transactional
	public TemplateStructure defineTemplate(ScopedUser user, TemplateDefinition definition) {
		requireNational(user);
		String code = code(definition.code());
		String name = text(definition.name(), "reporting.error.nameRequired");
		Set<UnitLevel> levels = enums(UnitLevel.class, definition.levels(), "reporting.error.unknownLevel");
		Set<UnitKind> kinds = enums(UnitKind.class, definition.kinds(), "reporting.error.unknownKind");
		if (levels.isEmpty() && kinds.isEmpty()) {
			throw new InvalidRequestException(null, "reporting.error.templateWhoReports");
		}
		List<Section> sections = sectionsFrom(definition.sections());
		String description = (definition.description() != null) ? VietnameseText.clean(definition.description()) : "";
		Optional<Template> existing = this.repository.templateByCode(code);
		long versionId;
		if (existing.isEmpty()) {
			long templateId = this.repository.insertTemplate(code, name, description);
			versionId = this.repository.insertVersion(templateId, 1, levels, kinds);
		}
		else if (existing.get().latestFrozen()) {
			this.repository.updateTemplate(existing.get().id(), name, description);
			versionId = this.repository.insertVersion(existing.get().id(), existing.get().latestVersion() + 1, levels,
					kinds);
		}
		else {
			this.repository.updateTemplate(existing.get().id(), name, description);
			versionId = existing.get().latestVersionId();
			this.repository.deleteSections(versionId);
			this.repository.updateVersionUnits(versionId, levels, kinds);
		}
		int position = 0;
		for (Section section : sections) {
			this.repository.insertSection(versionId, position++, section);
		}
		TemplateStructure structure = structure(versionId);
		this.events.publishEvent(
				new TemplateDefined(user.getUsername(), structure.template().id(), code, structure.version()));
		return structure;
	}

	/**
	 * Creates a new template; refused when its code is taken (changing an existing one
	 * goes through {@link #changeTemplate}).
	 */
	@Transactional
	public TemplateStructure createTemplate(ScopedUser user, TemplateDefinition definition) {
		requireNational(user);
		String code = code(definition.code());
		if (this.repository.templateByCode(code).isPresent()) {
			throw new ConflictException("reporting.catalogue.error.templateExists", code);
		}
		return defineTemplate(user, definition);
	}

	/**
	 * Changes a template as an editor does: the definition replaces the latest version,
	 * or makes a new one when the latest is frozen. Refused when someone saved the
	 * template after the caller read version {@code expectedVersion} with row version
	 * {@code expectedRowVersion}. The template keeps its code.
	 */
	@Transactional
	public TemplateStructure changeTemplate(ScopedUser user, long templateId, int expectedVersion,
			int expectedRowVersion, TemplateDefinition definition) {
		requireNational(user);
		Template current = template(templateId);
		if (current.latestVersion() != expectedVersion
				|| this.repository.lockRowVersion(current.latestVersionId()) != expectedRowVersion) {
			throw new ConflictException("reporting.catalogue.error.templateChanged", current.name(),
					current.latestVersion());
		}
		return defineTemplate(user, new TemplateDefinition(current.code(), definition.name(), definition.description(),
				definition.levels(), definition.kinds(), definition.sections()));
	}

	/**
	 * The row version of a template version: it grows with every save of the version, for
	 * {@link #changeTemplate}.
	 */
	@Transactional(readOnly = true)
	public int rowVersion(long versionId) {
		return this.repository.rowVersion(versionId)
			.orElseThrow(() -> new NotFoundException("reporting.error.notFound"));
	}

	/**
	 * Freezes a version (called when a period is opened with it).
	 */
	@Transactional
	void freeze(long versionId) {
		this.repository.freeze(versionId);
	}

	/**
	 * Loads a definition file: breakdowns, indicators and rules whose codes are new, and
	 * templates that do not exist yet. Loading the same file twice changes nothing.
	 */
	@Transactional
	public void load(ScopedUser user, CatalogueDefinition definition) {
		for (BreakdownDefinition breakdown : definition.breakdowns()) {
			if (this.repository.breakdownId(breakdown.code()).isEmpty()) {
				defineBreakdown(user, breakdown);
			}
		}
		List<IndicatorDefinition> pending = new ArrayList<>(definition.indicators());
		pending.sort((a, b) -> Boolean.compare(a.valueType() == ValueType.PERCENTAGE,
				b.valueType() == ValueType.PERCENTAGE));
		boolean anyNew = false;
		for (IndicatorDefinition indicator : pending) {
			if (this.repository.indicatorByCode(indicator.code()).isEmpty()) {
				defineIndicator(user, indicator);
				anyNew = true;
			}
		}
		if (anyNew) {
			List<Rule> existing = this.repository.rules();
			for (RuleDefinition rule : definition.rules()) {
				Rule candidate = ruleFrom(rule);
				boolean known = existing.stream()
					.anyMatch((r) -> r.kind() == candidate.kind() && r.indicatorId() == candidate.indicatorId()
							&& java.util.Objects.equals(r.otherIndicatorId(), candidate.otherIndicatorId()));
				if (!known) {
					defineRule(user, rule);
				}
			}
		}
		for (TemplateDefinition template : definition.templates()) {
			if (this.repository.templateByCode(template.code()).isEmpty()) {
				defineTemplate(user, template);
			}
		}
	}

	private Indicator indicatorFrom(long id, IndicatorDefinition d) {
		String code = code(d.code());
		String name = text(d.name(), "reporting.error.nameRequired");
		if (d.valueType() == null) {
			throw new InvalidRequestException(null, "reporting.error.valueTypeRequired");
		}
		Aggregation aggregation = (d.aggregation() != null) ? d.aggregation() : Aggregation.SUM;
		ValueType type = d.valueType();
		if (!type.numeric() && type != ValueType.BOOLEAN && aggregation != Aggregation.NONE) {
			throw new InvalidRequestException(null, "reporting.error.textNotAggregated", code);
		}
		Long breakdownId = null;
		if (d.breakdown() != null && !d.breakdown().isBlank()) {
			if (type == ValueType.PERCENTAGE) {
				throw new InvalidRequestException(null, "reporting.error.percentageBreakdown", code);
			}
			breakdownId = this.repository.breakdownId(d.breakdown())
				.orElseThrow(
						() -> new InvalidRequestException(null, "reporting.error.unknownBreakdown", d.breakdown()));
		}
		Long numeratorId = null;
		Long denominatorId = null;
		if (type == ValueType.PERCENTAGE) {
			numeratorId = part(d.numerator(), code);
			denominatorId = part(d.denominator(), code);
			if (numeratorId.equals(denominatorId)) {
				throw new InvalidRequestException(null, "reporting.error.percentageParts", code);
			}
		}
		else if ((d.numerator() != null && !d.numerator().isBlank())
				|| (d.denominator() != null && !d.denominator().isBlank())) {
			throw new InvalidRequestException(null, "reporting.error.partsOnlyForPercentage", code);
		}
		BigDecimal min = d.minValue();
		BigDecimal max = d.maxValue();
		if (type == ValueType.INTEGER && min == null) {
			min = BigDecimal.ZERO;
		}
		if (min != null && max != null && min.compareTo(max) > 0) {
			throw new InvalidRequestException(null, "reporting.error.rangeInverted", code);
		}
		if ((min != null || max != null) && !type.numeric()) {
			throw new InvalidRequestException(null, "reporting.error.rangeNotNumeric", code);
		}
		return new Indicator(id, code, name, (d.unitOfMeasure() != null) ? VietnameseText.clean(d.unitOfMeasure()) : "",
				type, aggregation, breakdownId, numeratorId, denominatorId, Boolean.TRUE.equals(d.required()), min, max,
				(d.description() != null) ? VietnameseText.clean(d.description()) : "", 0);
	}

	private Long part(String code, String percentage) {
		if (code == null || code.isBlank()) {
			throw new InvalidRequestException(null, "reporting.error.percentageParts", percentage);
		}
		Indicator part = this.repository.indicatorByCode(code)
			.orElseThrow(() -> new InvalidRequestException(null, "reporting.error.unknownIndicator", code));
		if (!part.valueType().numeric() || part.valueType() == ValueType.PERCENTAGE) {
			throw new InvalidRequestException(null, "reporting.error.percentageParts", percentage);
		}
		return part.id();
	}

	private Rule ruleFrom(RuleDefinition d) {
		if (d.kind() == null) {
			throw new InvalidRequestException(null, "reporting.error.ruleKind");
		}
		Indicator indicator = this.repository.indicatorByCode(d.indicator())
			.orElseThrow(() -> new InvalidRequestException(null, "reporting.error.unknownIndicator", d.indicator()));
		Long other = null;
		if (d.kind() == Rule.Kind.NOT_GREATER_THAN) {
			Indicator o = this.repository.indicatorByCode(d.otherIndicator())
				.orElseThrow(() -> new InvalidRequestException(null, "reporting.error.unknownIndicator",
						d.otherIndicator()));
			if (o.id() == indicator.id() || !o.valueType().numeric() || !indicator.valueType().numeric()) {
				throw new InvalidRequestException(null, "reporting.error.ruleIndicators", indicator.code());
			}
			other = o.id();
		}
		else if (d.threshold() == null || d.threshold().signum() <= 0) {
			throw new InvalidRequestException(null, "reporting.error.ruleThreshold");
		}
		Rule.Severity severity = (d.severity() != null) ? d.severity()
				: (d.kind() == Rule.Kind.CHANGE_WARNING) ? Rule.Severity.WARNING : Rule.Severity.ERROR;
		return new Rule(0, d.kind(), severity, indicator.id(), other, d.threshold(),
				(d.message() != null) ? VietnameseText.clean(d.message()) : "");
	}

	private List<Section> sectionsFrom(List<SectionDefinition> definitions) {
		if (definitions == null || definitions.isEmpty()) {
			throw new InvalidRequestException(null, "reporting.error.templateEmpty");
		}
		List<Section> sections = new ArrayList<>();
		Set<Long> used = new LinkedHashSet<>();
		for (SectionDefinition d : definitions) {
			try {
				sections.add(sectionFrom(d, sections.size(), used));
			}
			catch (InvalidRequestException ex) {
				throw new SectionRejectedException(sections.size(), ex);
			}
		}
		for (Section section : sections) {
			for (Long id : section.indicatorIds()) {
				Indicator indicator = this.repository.indicator(id).orElseThrow();
				if (indicator.valueType() == ValueType.PERCENTAGE
						&& (!used.contains(indicator.numeratorId()) || !used.contains(indicator.denominatorId()))) {
					throw new SectionRejectedException(section.position(), new InvalidRequestException(null,
							"reporting.error.percentagePartsMissing", indicator.code()));
				}
			}
		}
		return sections;
	}

	private Section sectionFrom(SectionDefinition d, int position, Set<Long> used) {
		if (d == null) {
			throw new InvalidRequestException(null, "reporting.error.sectionTitleRequired");
		}
		String title = text(d.title(), "reporting.error.sectionTitleRequired");
		int depth = (d.depth() != null) ? d.depth() : 1;
		if (depth < 0 || depth > 3) {
			throw new InvalidRequestException(null, "reporting.error.sectionDepth", title);
		}
		List<Long> indicatorIds = new ArrayList<>();
		for (String code : (d.indicators() != null) ? d.indicators() : List.<String>of()) {
			String wanted = (code != null) ? code.strip().toUpperCase(java.util.Locale.ROOT) : "";
			Indicator indicator = this.repository.indicatorByCode(wanted)
				.orElseThrow(() -> new InvalidRequestException(null, "reporting.error.unknownIndicator", wanted));
			if (!used.add(indicator.id())) {
				throw new InvalidRequestException(null, "reporting.error.indicatorTwice", code);
			}
			indicatorIds.add(indicator.id());
		}
		return new Section(0, position, depth, (d.label() != null) ? VietnameseText.clean(d.label()) : "", title,
				(d.guidance() != null) ? d.guidance().strip() : "", Boolean.TRUE.equals(d.narrative()), indicatorIds);
	}

	private static String code(String code) {
		String clean = (code != null) ? code.strip().toUpperCase(java.util.Locale.ROOT) : "";
		if (!CODE.matcher(clean).matches()) {
			throw new InvalidRequestException(null, "reporting.error.code", (code != null) ? code : "");
		}
		return clean;
	}

	private static String text(String text, String messageKey) {
		String clean = VietnameseText.clean(text);
		if (clean == null || clean.isEmpty()) {
			throw new InvalidRequestException(null, messageKey);
		}
		return clean;
	}

	private static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> names, String messageKey) {
		Set<E> values = EnumSet.noneOf(type);
		for (String name : (names != null) ? names : List.<String>of()) {
			try {
				values.add(Enum.valueOf(type, name.strip()));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidRequestException(null, messageKey, name);
			}
		}
		return values;
	}

	/**
	 * The catalogue is a national setting ({@link Permissions#mayChangeCatalogue}).
	 */
	private void requireNational(ScopedUser user) {
		if (!this.permissions.mayChangeCatalogue(user)) {
			throw new ForbiddenException("reporting.error.national");
		}
	}

	static void requireAdministrator(ScopedUser user) {
		if (!Permissions.administers(user)) {
			throw new ForbiddenException("reporting.error.notAllowed");
		}
	}

}
