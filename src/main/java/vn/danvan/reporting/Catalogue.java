package vn.danvan.reporting;

import org.springframework.context.ApplicationEventPublisher;
import vn.danvan.reporting.catalogue.BreakdownCreated;
import vn.danvan.reporting.catalogue.IndicatorCreated;
import vn.danvan.reporting.catalogue.IndicatorChanged;
import vn.danvan.reporting.catalogue.RuleCreated;
import vn.danvan.reporting.catalogue.RuleDeleted;
import vn.danvan.reporting.catalogue.TemplateDefined;

import vn.danvan.reporting.catalogue.Breakdown;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.reporting.catalogue.CatalogueDefinition.BreakdownDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.IndicatorDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.RuleDefinition;
import vn.danvan.reporting.catalogue.CatalogueDefinition.TemplateDefinition;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.units.UnitKind;
import vn.danvan.units.UnitLevel;
import vn.danvan.shared.errors.ConflictException;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.errors.InvalidRequestException;
import vn.danvan.shared.errors.NotFoundException;
import vn.danvan.reporting.catalogue.Template;
import vn.danvan.reporting.catalogue.CatalogueDefinition;

/**
 * Indicators, breakdowns, validation rules and templates: what reports are made of.
 * Template versions freeze when a period is opened with them; changing a frozen template
 * makes a new version.
 */
@Service
public class Catalogue {

	/** Largest magnitude a value may have (15 digits before the decimal comma). */
	public static final BigDecimal LARGEST = new BigDecimal("999999999999999");

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

	private final CatalogueDefinitions definitions;

	Catalogue(CatalogueRepository repository, ApplicationEventPublisher events, Permissions permissions) {
		this.repository = repository;
		this.events = events;
		this.permissions = permissions;
		this.definitions = new CatalogueDefinitions(repository);
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
		String code = CatalogueDefinitions.code(definition.code());
		if (this.repository.breakdownId(code).isPresent()) {
			throw new ConflictException("reporting.error.breakdownExists", code);
		}
		List<Breakdown.Item> items = new ArrayList<>();
		Set<String> codes = new LinkedHashSet<>();
		for (var item : (definition.items() != null) ? definition.items()
				: List.<CatalogueDefinition.ItemDefinition>of()) {
			String itemCode = CatalogueDefinitions.code(item.code());
			if (!codes.add(itemCode)) {
				throw new InvalidRequestException(null, "reporting.error.duplicateItem", itemCode);
			}
			items.add(new Breakdown.Item(itemCode,
					CatalogueDefinitions.text(item.name(), "reporting.error.nameRequired")));
		}
		if (items.isEmpty()) {
			throw new InvalidRequestException(null, "reporting.error.breakdownEmpty");
		}
		long id = this.repository.insertBreakdown(code,
				CatalogueDefinitions.text(definition.name(), "reporting.error.nameRequired"), items);
		this.events.publishEvent(new BreakdownCreated(user.getUsername(), id, code));
		return id;
	}

	/**
	 * Creates an indicator.
	 */
	@Transactional
	public Indicator defineIndicator(ScopedUser user, IndicatorDefinition definition) {
		requireNational(user);
		Indicator indicator = this.definitions.indicatorFrom(0, definition);
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
		Indicator changed = this.definitions.indicatorFrom(id,
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
		long id = this.repository.insertRule(this.definitions.ruleFrom(definition));
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
		String code = CatalogueDefinitions.code(definition.code());
		String name = CatalogueDefinitions.text(definition.name(), "reporting.error.nameRequired");
		Set<UnitLevel> levels = CatalogueDefinitions.enums(UnitLevel.class, definition.levels(),
				"reporting.error.unknownLevel");
		Set<UnitKind> kinds = CatalogueDefinitions.enums(UnitKind.class, definition.kinds(),
				"reporting.error.unknownKind");
		if (levels.isEmpty() && kinds.isEmpty()) {
			throw new InvalidRequestException(null, "reporting.error.templateWhoReports");
		}
		Set<PeriodType> periodTypes = (definition.periodTypes() != null) ? CatalogueDefinitions.enums(PeriodType.class,
				definition.periodTypes(), "reporting.error.unknownPeriodType") : null;
		List<Section> sections = this.definitions.sectionsFrom(definition.sections());
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
		if (periodTypes != null) {
			this.repository.updatePeriodTypes(
					existing.map(Template::id).orElseGet(() -> this.repository.templateByCode(code).orElseThrow().id()),
					periodTypes);
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
		String code = CatalogueDefinitions.code(definition.code());
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
				definition.levels(), definition.kinds(), definition.sections(), definition.periodTypes()));
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
				Rule candidate = this.definitions.ruleFrom(rule);
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
