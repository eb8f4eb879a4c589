package vn.danvan.reporting.computed;

import org.springframework.context.ApplicationEventPublisher;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.reporting.catalogue.Breakdown;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Indicator;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.submissions.ComputedCellKeys;
import vn.danvan.reporting.submissions.SubmissionContent;
import vn.danvan.reporting.Submissions;
import vn.danvan.reporting.TemplateStructure;
import vn.danvan.shared.figures.Measure;
import vn.danvan.shared.figures.MeasureQuery;
import vn.danvan.shared.figures.MeasureSource;
import vn.danvan.shared.figures.MeasureValue;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.text.VietnameseNumbers;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.errors.InvalidRequestException;
import vn.danvan.shared.errors.NotFoundException;

/**
 * Computed figures: the cells of a report bound to a measure that a registry module
 * publishes ({@link MeasureSource}, found among the beans, so reporting depends on no
 * registry module). They are counted for the report's unit and its subtree (as the tree
 * was on the period's date) within the period's window, shown read-only in the form,
 * written when the report is handed in (or when the officer updates them), and never
 * rewritten afterwards: a later change of the registry shows as a difference.
 */
@Service
public class ComputedFigures implements ComputedCellKeys {

	public static final String SOURCE = "COMPUTED";

	private static final Logger log = LoggerFactory.getLogger(ComputedFigures.class);

	private final ComputedBindingRepository bindings;

	private final List<MeasureSource> sources;

	private final Submissions submissions;

	private final Catalogue catalogue;

	private final ApplicationEventPublisher events;

	ComputedFigures(ComputedBindingRepository bindings, List<MeasureSource> sources, Submissions submissions,
			Catalogue catalogue, ApplicationEventPublisher events) {
		this.bindings = bindings;
		this.sources = sources;
		this.submissions = submissions;
		this.catalogue = catalogue;
		this.events = events;
	}

	/**
	 * Every measure published by every module.
	 */
	@Transactional(readOnly = true)
	public List<Measure> measures() {
		return this.sources.stream().flatMap((s) -> s.measures().stream()).toList();
	}

	@Transactional(readOnly = true)
	public List<ComputedBinding> bindings() {
		return this.bindings.all();
	}

	/**
	 * The computed cells of a report by cell key, with their current and stored values.
	 */
	@Transactional(readOnly = true)
	public Map<String, ComputedCell> cells(Submission submission) {
		Period period = this.submissions.period(submission);
		TemplateStructure structure = this.submissions.structure(submission);
		SubmissionContent content = this.submissions.content(submission);
		Map<String, TemplateStructure.Cell> cells = structure.cellsByKey();
		MeasureQuery query = new MeasureQuery(submission.unitId(), period.windowFrom(), period.windowTo(),
				Periods.unitDate(period));
		Map<String, ComputedCell> computed = new LinkedHashMap<>();
		for (ComputedBinding binding : this.bindings.all()) {
			String key = binding.cellKey();
			if (!cells.containsKey(key)) {
				continue;
			}
			Optional<Source> source = source(binding.measure());
			if (source.isEmpty()) {
				log.warn("Computed figure {} names measure {}, which no module publishes", key, binding.measure());
				continue;
			}
			try {
				MeasureValue value = source.get().source().evaluate(binding.measure(), binding.filters(), query);
				computed.put(key, new ComputedCell(key, structure.label(key), binding.measure(), value.value(),
						content.numbers().get(key), value.listPath(), source.get().measure().nounKey()));
			}
			catch (IllegalArgumentException ex) {
				log.warn("Computed figure {} not computed: {}", key, ex.getMessage());
			}
		}
		return computed;
	}

	/**
	 * The keys of the report's computed cells, without computing them.
	 */
	@Transactional(readOnly = true)
	public java.util.Set<String> keys(Submission submission) {
		return keys(this.submissions.structure(submission));
	}

	/**
	 * The keys of the template's computed cells (those of its cells that are bound).
	 */
	@Override
	@Transactional(readOnly = true)
	public java.util.Set<String> keys(TemplateStructure structure) {
		Map<String, TemplateStructure.Cell> cells = structure.cellsByKey();
		java.util.Set<String> keys = new java.util.LinkedHashSet<>();
		this.bindings.all().stream().map(ComputedBinding::cellKey).filter(cells::containsKey).forEach(keys::add);
		return keys;
	}

	/**
	 * The current values of the computed cells as the form would post them.
	 */
	public static Map<String, String> values(Map<String, ComputedCell> cells) {
		Map<String, String> values = new LinkedHashMap<>();
		cells.forEach((key, cell) -> values.put(key, VietnameseNumbers.format(cell.current())));
		return values;
	}

	/**
	 * Writes the current values of the computed cells into the report (one revision, with
	 * source {@value #SOURCE}), if it is still at {@code expectedVersion}.
	 */
	@Transactional
	public Submission refresh(ScopedUser user, long submissionId, Integer expectedVersion) {
		Submission submission = this.submissions.get(user, submissionId);
		Map<String, ComputedCell> cells = cells(submission);
		int version = (expectedVersion != null) ? expectedVersion : submission.version();
		if (cells.isEmpty()) {
			return submission;
		}
		return this.submissions.save(user, submissionId, version, values(cells), Map.of(), SOURCE);
	}

	/**
	 * Writes the computed values, then hands the report in, in one transaction: the
	 * values stored with the handed-in report are those of the moment it was handed in.
	 */
	@Transactional
	public Submission handIn(ScopedUser user, long submissionId, Integer expectedVersion) {
		Submission refreshed = refresh(user, submissionId, expectedVersion);
		return this.submissions.submit(user, submissionId, refreshed.version());
	}

	/**
	 * Binds an indicator (or one item of its breakdown) to a published measure; system
	 * administrators only.
	 */
	@Transactional
	public void bind(ScopedUser user, String indicatorCode, String itemCode, String measure,
			Map<String, String> filters) {
		requireNationalAdministrator(user);
		Indicator indicator = this.catalogue.indicatorByCode(Objects.requireNonNullElse(indicatorCode, "").strip())
			.orElseThrow(() -> new InvalidRequestException(null, "reporting.computed.error.indicator", indicatorCode));
		String item = Objects.requireNonNullElse(itemCode, "").strip();
		if (indicator.breakdownId() != null) {
			Breakdown breakdown = this.catalogue.breakdowns()
				.stream()
				.filter((b) -> b.id() == indicator.breakdownId())
				.findFirst()
				.orElseThrow();
			if (breakdown.items().stream().noneMatch((i) -> i.code().equals(item))) {
				throw new InvalidRequestException(null, "reporting.computed.error.item", item, indicator.code());
			}
		}
		else if (!item.isEmpty()) {
			throw new InvalidRequestException(null, "reporting.computed.error.noBreakdown", indicator.code());
		}
		if (indicator.valueType() != vn.danvan.reporting.ValueType.INTEGER
				&& indicator.valueType() != vn.danvan.reporting.ValueType.DECIMAL) {
			throw new InvalidRequestException(null, "reporting.computed.error.notNumber", indicator.code());
		}
		Source source = source(measure)
			.orElseThrow(() -> new InvalidRequestException(null, "reporting.computed.error.measure", measure));
		Map<String, String> clean = new LinkedHashMap<>();
		(filters != null ? filters : Map.<String, String>of()).forEach((name, value) -> {
			if (value != null && !value.isBlank()) {
				if (!source.measure().accepts(name, value.strip())) {
					throw new InvalidRequestException(null, "reporting.computed.error.filter", name, value);
				}
				clean.put(name, value.strip());
			}
		});
		this.bindings.put(indicator.code(), item, measure, clean, user.getUsername());
		this.events.publishEvent(new ComputedFigureBound(user.getUsername(), indicator.code(), item, measure, clean));
	}

	@Transactional
	public void unbind(ScopedUser user, String indicatorCode, String itemCode) {
		requireNationalAdministrator(user);
		String item = Objects.requireNonNullElse(itemCode, "");
		if (!this.bindings.remove(indicatorCode, item)) {
			throw new NotFoundException("reporting.error.notFound");
		}
		this.events.publishEvent(new ComputedFigureUnbound(user.getUsername(), indicatorCode, item));
	}

	private static void requireNationalAdministrator(ScopedUser user) {
		if (!user.administrator() || user.scopeUnitId() != null) {
			throw new ForbiddenException("reporting.computed.error.notNationalAdministrator");
		}
	}

	private Optional<Source> source(String measure) {
		for (MeasureSource source : this.sources) {
			for (Measure m : source.measures()) {
				if (m.name().equals(measure)) {
					return Optional.of(new Source(source, m));
				}
			}
		}
		return Optional.empty();
	}

	private record Source(MeasureSource source, Measure measure) {
	}

	/**
	 * A stored value shown as the form shows numbers.
	 */
	public static String shown(BigDecimal value) {
		return (value != null) ? VietnameseNumbers.format(value) : "";
	}

}
