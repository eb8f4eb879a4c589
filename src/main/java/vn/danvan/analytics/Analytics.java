package vn.danvan.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.reporting.Aggregation;
import vn.danvan.reporting.Indicator;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.Section;
import vn.danvan.reporting.TemplateStructure;
import vn.danvan.reporting.ValueType;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;

/**
 * Figures added up over the tree: a unit's dashboard for a period (every indicator with
 * the previous period and the same period a year before), the units directly below it,
 * and an indicator across periods; as the tree was, or in today's structure. A unit
 * outside the user's scope is answered as not found.
 */
@Service
@Transactional
public class Analytics {

	private final Rollup rollup;

	private final RollupRepository maps;

	private final AggregateRepository aggregates;

	private final Comparisons comparisons;

	private final Periods periods;

	private final Units units;

	Analytics(Rollup rollup, RollupRepository maps, AggregateRepository aggregates, Comparisons comparisons,
			Periods periods, Units units) {
		this.rollup = rollup;
		this.maps = maps;
		this.aggregates = aggregates;
		this.comparisons = comparisons;
		this.periods = periods;
		this.units = units;
	}

	/**
	 * The periods the user may open dashboards for, latest first.
	 */
	@Transactional(readOnly = true)
	public List<Period> periods(ScopedUser user) {
		return this.periods.list(user);
	}

	/**
	 * The unit a user's dashboard opens on: their own, or the top of the tree.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> homeUnit(ScopedUser user) {
		if (user.scopeUnitId() != null) {
			return Optional.of(user.scopeUnitId());
		}
		return this.units.roots(UnitScope.today()).stream().map(Unit::id).findFirst();
	}

	/**
	 * Every figure of the period's template added up over the unit, with the totals of
	 * the previous period and of the same period a year before, and each change computed
	 * over the units that reported in both periods (like for like, {@link Matching}).
	 */
	public Dashboard dashboard(ScopedUser user, long unitId, long periodId, View view, Inclusion inclusion) {
		Context context = context(user, unitId, periodId, view);
		Period period = context.period();
		Period previous = this.periods.previous(period).orElse(null);
		Period lastYear = lastYear(period).orElse(null);
		Map<Long, LocalDate> epochs = new HashMap<>();
		epochs.put(period.id(), context.epoch());
		List<Long> ids = new ArrayList<>(List.of(period.id()));
		for (Period other : new Period[] { previous, lastYear }) {
			if (other != null && !ids.contains(other.id())) {
				epochs.put(other.id(), this.rollup.prepared(other));
				ids.add(other.id());
			}
		}
		// The counts first: a change added up while this reads is then in the figures
		// whenever it is in the counts (a reader waiting for a count sees its figures).
		Coverage coverage = this.aggregates.coverage(period.id(), view, unitId).orElse(Coverage.NONE);
		Coverage previousCoverage = (previous != null)
				? this.aggregates.coverage(previous.id(), view, unitId).orElse(Coverage.NONE) : Coverage.NONE;
		Coverage lastYearCoverage = (lastYear != null)
				? this.aggregates.coverage(lastYear.id(), view, unitId).orElse(Coverage.NONE) : Coverage.NONE;
		List<AggregateRepository.Sum> all = this.aggregates.sums(ids, view, inclusion, unitId);
		Sums sums = new Sums(all);
		List<Comparisons.Compared> compared = this.comparisons.of(all, ids, period.id(),
				Arrays.asList((previous != null) ? previous.id() : null, (lastYear != null) ? lastYear.id() : null),
				view, inclusion, unitId);
		Compared withPrevious = Compared.of(compared.get(0));
		Compared withLastYear = Compared.of(compared.get(1));
		// A period of several levels: the figures of its own template, then those only
		// the
		// templates of the other levels ask (an indicator shown once, summed once).
		List<Dashboard.Part> parts = new ArrayList<>();
		Set<Long> shown = new java.util.HashSet<>();
		for (TemplateStructure structure : this.periods.structures(period)) {
			for (Section section : structure.sections()) {
				List<Figure> figures = new ArrayList<>();
				for (long indicatorId : section.indicatorIds()) {
					Indicator indicator = structure.indicator(indicatorId);
					if (!aggregated(indicator) || !shown.add(indicatorId)) {
						continue;
					}
					List<TemplateStructure.Item> items = new ArrayList<>();
					items.add(new TemplateStructure.Item("", ""));
					items.addAll(structure.items(indicator));
					for (TemplateStructure.Item item : items) {
						String code = item.code();
						String name = item.name();
						BigDecimal value = value(sums, indicator, code, period.id(), epochs, view, inclusion, unitId,
								null);
						BigDecimal previousTotal = (previous != null)
								? value(sums, indicator, code, previous.id(), epochs, view, inclusion, unitId, null)
								: null;
						BigDecimal lastYearTotal = (lastYear != null)
								? value(sums, indicator, code, lastYear.id(), epochs, view, inclusion, unitId, null)
								: null;
						AggregateRepository.Sum own = sums.get(period.id(), indicator.id(), code);
						figures.add(new Figure(TemplateStructure.key(indicator, code), indicator, code, name, value,
								previousTotal, lastYearTotal,
								comparison(withPrevious, indicator, code, epochs, view, inclusion, unitId),
								comparison(withLastYear, indicator, code, epochs, view, inclusion, unitId),
								(own != null) ? own.reported() : 0, own != null && own.approximate()));
					}
				}
				if (!figures.isEmpty()) {
					parts.add(new Dashboard.Part(section, figures));
				}
			}
		}
		return new Dashboard(context.unit(), period, view, inclusion, previous, lastYear, coverage, previousCoverage,
				lastYearCoverage, (withPrevious != null) ? withPrevious.matching().units() : null,
				(withLastYear != null) ? withLastYear.matching().units() : null, parts);
	}

	private Figure.Comparison comparison(Compared compared, Indicator indicator, String item,
			Map<Long, LocalDate> epochs, View view, Inclusion inclusion, long unitId) {
		if (compared == null || compared.matching().units() == 0) {
			return Figure.Comparison.NONE;
		}
		BigDecimal now = value(compared.now(), indicator, item, compared.periodId(), epochs, view, inclusion, unitId,
				compared.nowExtremes());
		BigDecimal before = value(compared.before(), indicator, item, compared.otherId(), epochs, view, inclusion,
				unitId, compared.beforeExtremes());
		return new Figure.Comparison(now, before);
	}

	/**
	 * A comparison of the dashboard with its sides' sums looked up by indicator and item.
	 */
	private record Compared(long periodId, long otherId, Matching matching, Sums now, Sums before,
			Comparisons.SomeReports nowExtremes, Comparisons.SomeReports beforeExtremes) {

		static Compared of(Comparisons.Compared compared) {
			return (compared == null) ? null
					: new Compared(compared.periodId(), compared.otherId(), compared.matching(),
							new Sums(compared.now()), new Sums(compared.before()), compared.nowExtremes(),
							compared.beforeExtremes());
		}

	}

	/**
	 * The units directly below a unit with their figure for one cell of the template
	 * ({@code CODE} or {@code CODE.ITEM}), in Vietnamese order of their names.
	 */
	public List<UnitFigure> below(ScopedUser user, long unitId, long periodId, View view, Inclusion inclusion,
			String cellKey) {
		Context context = context(user, unitId, periodId, view);
		TemplateStructure.Cell cell = cell(context.period(), cellKey);
		LocalDate today = UnitScope.today();
		LocalDate date = (view == View.CURRENT) ? today : Periods.unitDate(context.period());
		LocalDate treeEpoch = (view == View.CURRENT) ? this.maps.epochOf(today) : context.epoch();
		List<Long> childIds = this.maps.children(treeEpoch, unitId);
		List<Unit> children = this.units.findAll(childIds, date);
		Map<Long, Coverage> coverage = new HashMap<>();
		this.aggregates.coverageOfUnits(context.period().id(), view, childIds)
			.forEach((row) -> coverage.put(row.unitId(), row.coverage()));
		Indicator indicator = cell.indicator();
		Set<Long> indicatorIds = new LinkedHashSet<>(List.of(indicator.id()));
		if (indicator.numeratorId() != null) {
			indicatorIds.add(indicator.numeratorId());
			indicatorIds.add(indicator.denominatorId());
		}
		Map<Long, List<AggregateRepository.Sum>> byUnit = new HashMap<>();
		for (AggregateRepository.Sum sum : this.aggregates.sumsOfUnits(context.period().id(), view, inclusion, childIds,
				indicatorIds)) {
			byUnit.computeIfAbsent(sum.unitId(), (id) -> new ArrayList<>()).add(sum);
		}
		Map<Long, LocalDate> epochs = Map.of(context.period().id(), context.epoch());
		Set<Long> parents = this.maps.withChildren(treeEpoch, childIds);
		List<UnitFigure> figures = new ArrayList<>();
		for (Unit child : children) {
			Sums sums = new Sums(byUnit.getOrDefault(child.id(), List.of()));
			BigDecimal value = value(sums, indicator, cell.item(), context.period().id(), epochs, view, inclusion,
					child.id(), null);
			AggregateRepository.Sum own = sums.get(context.period().id(), indicator.id(), cell.item());
			Coverage covered = coverage.getOrDefault(child.id(), Coverage.NONE);
			figures.add(new UnitFigure(child, value, covered, own != null && own.approximate(),
					covered.expected() > 1 || parents.contains(child.id())));
		}
		return figures;
	}

	/**
	 * The units directly below a unit with how many reports under each are expected,
	 * handed in and approved for the period, in Vietnamese order of their names: where a
	 * dashboard drills down, and who has not reported yet.
	 */
	public List<UnitCoverage> unitsBelow(ScopedUser user, long unitId, long periodId, View view) {
		Context context = context(user, unitId, periodId, view);
		LocalDate today = UnitScope.today();
		LocalDate date = (view == View.CURRENT) ? today : Periods.unitDate(context.period());
		LocalDate treeEpoch = (view == View.CURRENT) ? this.maps.epochOf(today) : context.epoch();
		List<Long> childIds = this.maps.children(treeEpoch, unitId);
		Map<Long, Coverage> coverage = new HashMap<>();
		this.aggregates.coverageOfUnits(context.period().id(), view, childIds)
			.forEach((row) -> coverage.put(row.unitId(), row.coverage()));
		java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
		Set<Long> parents = this.maps.withChildren(treeEpoch, childIds);
		return this.units.findAll(childIds, date).stream().map((child) -> {
			Coverage covered = coverage.getOrDefault(child.id(), Coverage.NONE);
			return new UnitCoverage(child, covered, covered.expected() > 1 || parents.contains(child.id()));
		}).sorted(java.util.Comparator.comparing((UnitCoverage u) -> u.unit().name(), collator)).toList();
	}

	/**
	 * One cell followed across the periods of the same template and type, oldest first.
	 */
	public List<SeriesPoint> series(ScopedUser user, long unitId, long periodId, View view, Inclusion inclusion,
			String cellKey) {
		Context context = context(user, unitId, periodId, view);
		TemplateStructure.Cell cell = cell(context.period(), cellKey);
		List<Period> all = this.periods.series(context.period());
		Map<Long, LocalDate> epochs = new HashMap<>();
		for (Period period : all) {
			epochs.put(period.id(), this.rollup.prepared(period));
		}
		Sums sums = new Sums(this.aggregates.sums(epochs.keySet(), view, inclusion, unitId));
		List<SeriesPoint> points = new ArrayList<>();
		for (Period period : all) {
			AggregateRepository.Sum own = sums.get(period.id(), cell.indicator().id(), cell.item());
			points.add(
					new SeriesPoint(period,
							value(sums, cell.indicator(), cell.item(), period.id(), epochs, view, inclusion, unitId,
									null),
							own != null && own.approximate(),
							this.aggregates.coverage(period.id(), view, unitId).orElse(Coverage.NONE)));
		}
		return points;
	}

	/**
	 * The cell of the period's templates with the key ({@code CODE} or
	 * {@code CODE.ITEM}).
	 * @throws AnalyticsException 404 when the template has no such cell
	 */
	public TemplateStructure.Cell cell(Period period, String cellKey) {
		TemplateStructure.Cell cell = null;
		for (TemplateStructure structure : this.periods.structures(period)) {
			cell = (cellKey != null) ? structure.cellsByKey().get(cellKey.trim()) : null;
			if (cell == null && cellKey != null) {
				cell = structure.indicators()
					.values()
					.stream()
					.filter((indicator) -> indicator.code().equals(cellKey.trim()))
					.findFirst()
					.map((indicator) -> new TemplateStructure.Cell(indicator.code(), indicator, "", ""))
					.orElse(null);
			}
			if (cell != null) {
				break;
			}
		}
		if (cell == null || !aggregated(cell.indicator())) {
			throw AnalyticsException.notFound("analytics.error.indicatorNotFound", String.valueOf(cellKey));
		}
		return cell;
	}

	/**
	 * The unit's ancestors up to the user's scope, top first, for the way back up.
	 */
	@Transactional(readOnly = true)
	public List<Unit> path(ScopedUser user, Unit unit, LocalDate date) {
		List<Unit> up = new ArrayList<>();
		for (Unit ancestor : this.units.ancestors(unit.id(), date)) {
			up.add(0, ancestor);
			if (user.scopeUnitId() != null && ancestor.id() == user.scopeUnitId()) {
				break;
			}
		}
		if (user.scopeUnitId() != null && up.stream().noneMatch((u) -> u.id() == user.scopeUnitId())) {
			return List.of();
		}
		return up;
	}

	static boolean aggregated(Indicator indicator) {
		return indicator.valueType() != ValueType.TEXT
				&& (indicator.aggregation() != Aggregation.NONE || indicator.valueType() == ValueType.PERCENTAGE);
	}

	private Optional<Period> lastYear(Period period) {
		LocalDate from = period.windowFrom().minusYears(1);
		return this.periods.series(period)
			.stream()
			.filter((other) -> other.id() != period.id())
			.filter((other) -> Math.abs(other.windowFrom().toEpochDay() - from.toEpochDay()) <= 20)
			.reduce((a, b) -> b);
	}

	private Context context(ScopedUser user, long unitId, long periodId, View view) {
		Period period = this.periods.find(periodId)
			.orElseThrow(() -> AnalyticsException.notFound("analytics.error.periodNotFound", periodId));
		LocalDate epoch = this.rollup.prepared(period);
		LocalDate today = UnitScope.today();
		LocalDate date = (view == View.CURRENT) ? today : Periods.unitDate(period);
		Unit unit = this.units.find(unitId, date)
			.orElseThrow(() -> AnalyticsException.notFound("analytics.error.unitNotFound", unitId));
		if (!visible(user, unitId, view, epoch, today)) {
			throw AnalyticsException.notFound("analytics.error.unitNotFound", unitId);
		}
		return new Context(period, epoch, unit);
	}

	private boolean visible(ScopedUser user, long unitId, View view, LocalDate epoch, LocalDate today) {
		Long scope = user.scopeUnitId();
		if (scope == null) {
			return user.administrator();
		}
		if (scope == unitId) {
			return true;
		}
		if (view == View.CURRENT) {
			return this.maps.addsUpInto(View.AS_WAS, this.maps.epochOf(today), unitId, scope);
		}
		return this.maps.addsUpInto(View.AS_WAS, epoch, unitId, scope)
				|| this.maps.addsUpInto(View.CURRENT, epoch, unitId, scope);
	}

	/**
	 * @param reportingUnits for a minimum or maximum over some reports only (a
	 * comparison's side), those reports; null for everything below the unit
	 */
	private BigDecimal value(Sums sums, Indicator indicator, String item, long periodId, Map<Long, LocalDate> epochs,
			View view, Inclusion inclusion, long unitId, Comparisons.SomeReports reportingUnits) {
		if (indicator.valueType() == ValueType.PERCENTAGE) {
			AggregateRepository.Sum numerator = sums.get(periodId, indicator.numeratorId(), item);
			AggregateRepository.Sum denominator = sums.get(periodId, indicator.denominatorId(), item);
			if (numerator == null || denominator == null) {
				numerator = sums.get(periodId, indicator.numeratorId(), "");
				denominator = sums.get(periodId, indicator.denominatorId(), "");
			}
			if (numerator == null || denominator == null || denominator.total().signum() == 0) {
				return null;
			}
			return numerator.total()
				.multiply(BigDecimal.valueOf(100))
				.divide(denominator.total(), 1, RoundingMode.HALF_UP);
		}
		if (indicator.aggregation() == Aggregation.MINIMUM || indicator.aggregation() == Aggregation.MAXIMUM) {
			LocalDate epoch = epochs.get(periodId);
			if (epoch == null) {
				return null;
			}
			boolean minimum = indicator.aggregation() == Aggregation.MINIMUM;
			List<AggregateRepository.Sum> extremes = (reportingUnits != null)
					? reportingUnits.read()
						.computeIfAbsent(indicator.id(),
								(id) -> this.comparisons.extremesOfReports(periodId, inclusion, unitId, id, minimum,
										reportingUnits.units()))
					: this.aggregates.extremes(periodId, epoch, view, inclusion, unitId, indicator.id(), minimum);
			return extremes.stream()
				.filter((sum) -> sum.item().equals(item))
				.map(AggregateRepository.Sum::total)
				.findFirst()
				.orElse(null);
		}
		AggregateRepository.Sum sum = sums.get(periodId, indicator.id(), item);
		if (sum == null || sum.reported() <= 0) {
			return null;
		}
		if (indicator.aggregation() == Aggregation.AVERAGE) {
			return plain(sum.total().divide(BigDecimal.valueOf(sum.reported()), 2, RoundingMode.HALF_UP));
		}
		return plain(sum.total());
	}

	private static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private record Context(Period period, LocalDate epoch, Unit unit) {
	}

	/**
	 * Sums looked up by period, indicator and item.
	 */
	private static final class Sums {

		private final Map<String, AggregateRepository.Sum> byKey = new HashMap<>();

		/**
		 * Also the total over the breakdown items of an indicator, under item {@code ""}.
		 */
		Sums(Collection<AggregateRepository.Sum> sums) {
			Map<String, AggregateRepository.Sum> totals = new HashMap<>();
			for (AggregateRepository.Sum sum : sums) {
				this.byKey.put(sum.periodId() + "/" + sum.indicatorId() + "/" + sum.item(), sum);
				if (!sum.item().isEmpty()) {
					totals.merge(sum.periodId() + "/" + sum.indicatorId() + "/",
							new AggregateRepository.Sum(sum.periodId(), sum.unitId(), sum.indicatorId(), "",
									sum.total(), sum.reported(), sum.approximate()),
							(a, b) -> new AggregateRepository.Sum(a.periodId(), a.unitId(), a.indicatorId(), "",
									a.total().add(b.total()), Math.max(a.reported(), b.reported()),
									a.approximate() || b.approximate()));
				}
			}
			totals.forEach(this.byKey::putIfAbsent);
		}

		AggregateRepository.Sum get(long periodId, Long indicatorId, String item) {
			return (indicatorId != null) ? this.byKey.get(periodId + "/" + indicatorId + "/" + item) : null;
		}

	}

}
