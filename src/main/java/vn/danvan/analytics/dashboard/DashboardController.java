package vn.danvan.analytics.dashboard;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import vn.danvan.accounts.SignedInUser;
import vn.danvan.analytics.Analytics;
import vn.danvan.analytics.AnalyticsException;
import vn.danvan.analytics.Dashboard;
import vn.danvan.analytics.Figure;
import vn.danvan.analytics.Inclusion;
import vn.danvan.analytics.SeriesPoint;
import vn.danvan.analytics.UnitCoverage;
import vn.danvan.analytics.UnitFigure;
import vn.danvan.analytics.View;
import vn.danvan.analytics.maps.BoundaryMaps;
import vn.danvan.analytics.maps.MapValue;
import vn.danvan.analytics.maps.ProvinceMap;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.PeriodProgress;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.TemplateStructure;
import vn.danvan.shared.text.VietnameseNumbers;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitLevel;
import vn.danvan.units.UnitScope;

/**
 * The dashboard of a unit for a period, one figure broken down by the units below and
 * followed across periods, and their exports to Excel and CSV.
 */
@Controller
class DashboardController {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final Analytics analytics;

	private final MessageSource messages;

	private final BoundaryMaps maps;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Periods reporting;

	DashboardController(Analytics analytics, MessageSource messages, BoundaryMaps maps, Periods reporting) {
		this.analytics = analytics;
		this.maps = maps;
		this.messages = messages;
		this.reporting = reporting;
	}

	@GetMapping("/analytics")
	String home(@RequestParam(required = false) Long period, @AuthenticationPrincipal SignedInUser user, Model model) {
		List<Period> periods = this.analytics.periods(user);
		Long unit = this.analytics.homeUnit(user).orElse(null);
		if (periods.isEmpty() || unit == null) {
			return "analytics/empty";
		}
		long chosen = periods.stream()
			.filter((p) -> period != null && p.id() == period)
			.findFirst()
			.orElseGet(() -> latestWithReports(user, periods))
			.id();
		return "redirect:/analytics/units/" + unit + "?period=" + chosen;
	}

	/**
	 * The latest period in which some unit of the user's scope has handed in a report
	 * (among the six latest), or else the latest: a dashboard that opens on a period just
	 * opened, with nothing handed in, shows only empty rows.
	 */
	private Period latestWithReports(SignedInUser user, List<Period> periods) {
		return this.reporting.progress(user, periods.subList(0, Math.min(6, periods.size())))
			.stream()
			.filter((p) -> p.handedIn() > 0)
			.map(PeriodProgress::period)
			.findFirst()
			.orElse(periods.get(0));
	}

	@GetMapping("/analytics/units/{unitId}")
	String dashboard(@PathVariable long unitId, @RequestParam(required = false) Long period,
			@RequestParam(required = false) String view,
			@RequestParam(name = "include", required = false) String include,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		Choice choice = choice(user, period, view, include);
		Dashboard dashboard = this.analytics.dashboard(user, unitId, choice.periodId(), choice.view(),
				choice.inclusion());
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("choice", choice);
		model.addAttribute("periods", choice.periods());
		model.addAttribute("path", this.analytics.path(user, dashboard.unit(), date(dashboard)));
		List<UnitCoverage> unitsBelow = this.analytics.unitsBelow(user, unitId, choice.periodId(), choice.view())
			.stream()
			.filter((u) -> u.coverage().expected() > 0 || u.coverage().handedIn() > 0)
			.toList();
		model.addAttribute("unitsBelow", unitsBelow);
		model.addAttribute("unitsBelowLagging",
				unitsBelow.stream()
					.filter((u) -> u.coverage().reporting(choice.inclusion()) < u.coverage().expected())
					.count());
		return "analytics/dashboard";
	}

	@GetMapping("/analytics/units/{unitId}/figures/{key}")
	String figure(@PathVariable long unitId, @PathVariable String key, @RequestParam(required = false) Long period,
			@RequestParam(required = false) String view,
			@RequestParam(name = "include", required = false) String include,
			@RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "asc") String dir,
			@RequestParam(defaultValue = "false") boolean all, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		Choice choice = choice(user, period, view, include);
		Dashboard dashboard = this.analytics.dashboard(user, unitId, choice.periodId(), choice.view(),
				choice.inclusion());
		TemplateStructure.Cell cell = this.analytics.cell(dashboard.period(), key);
		Figure figure = dashboard.figures()
			.stream()
			.filter((f) -> f.key().equals(cell.key()))
			.findFirst()
			.orElseThrow(() -> AnalyticsException.notFound("analytics.error.indicatorNotFound", key));
		List<UnitFigure> everyUnitBelow = this.analytics.below(user, unitId, choice.periodId(), choice.view(),
				choice.inclusion(), cell.key());
		List<UnitFigure> below = sorted(all ? everyUnitBelow : concerned(everyUnitBelow), sort, dir);
		List<SeriesPoint> series = this.analytics.series(user, unitId, choice.periodId(), choice.view(),
				choice.inclusion(), cell.key());
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("figure", figure);
		model.addAttribute("below", below);
		model.addAttribute("series", series);
		model.addAttribute("choice", choice);
		model.addAttribute("periods", choice.periods());
		model.addAttribute("sort", sort);
		model.addAttribute("dir", dir);
		model.addAttribute("all", all);
		model.addAttribute("notConcerned", everyUnitBelow.size() - concerned(everyUnitBelow).size());
		model.addAttribute("path", this.analytics.path(user, dashboard.unit(), date(dashboard)));
		model.addAttribute("barChart", barChart(figure, below, choice));
		model.addAttribute("lineChart", lineChart(figure, series));
		model.addAttribute("provinceMap", provinceMap(dashboard, figure, choice, below));
		return "analytics/figure";
	}

	@GetMapping("/analytics/units/{unitId}/export")
	ResponseEntity<byte[]> exportDashboard(@PathVariable long unitId, @RequestParam(required = false) Long period,
			@RequestParam(required = false) String view,
			@RequestParam(name = "include", required = false) String include,
			@RequestParam(defaultValue = "xlsx") String format, @AuthenticationPrincipal SignedInUser user,
			Locale locale) {
		Choice choice = choice(user, period, view, include);
		Dashboard dashboard = this.analytics.dashboard(user, unitId, choice.periodId(), choice.view(),
				choice.inclusion());
		List<String> header = List.of(text("analytics.column.section", locale),
				text("analytics.column.indicator", locale), text("analytics.column.unitOfMeasure", locale),
				text("analytics.column.value", locale), text("analytics.column.previousTotal", locale),
				text("analytics.column.valueLikePrevious", locale), text("analytics.column.previousMatched", locale),
				text("analytics.column.change", locale), text("analytics.column.changePercent", locale),
				text("analytics.column.lastYearTotal", locale), text("analytics.column.valueLikeLastYear", locale),
				text("analytics.column.lastYearMatched", locale), text("analytics.column.change", locale),
				text("analytics.column.changePercent", locale), text("analytics.column.reported", locale),
				text("analytics.column.approximate", locale), text("analytics.column.key", locale));
		List<List<Object>> rows = new ArrayList<>();
		for (Dashboard.Part part : dashboard.parts()) {
			for (Figure f : part.figures()) {
				rows.add(java.util.Arrays.asList(part.section().heading(), f.label(), f.indicator().unitOfMeasure(),
						f.value(), f.previousTotal(), f.valueLikePrevious(), f.previous(), f.changeFromPrevious(),
						f.percentFromPrevious(), f.lastYearTotal(), f.valueLikeLastYear(), f.lastYear(),
						f.changeFromLastYear(), f.percentFromLastYear(), f.reported(), f.approximate() ? "≈" : "",
						f.key()));
			}
		}
		String title = dashboard.unit().fullName() + " – " + dashboard.period().name();
		return Tables.answer(format, Tables.fileName("So lieu", dashboard.unit().name(), dashboard.period().name()),
				title, header, rows, header.size() - 1);
	}

	@GetMapping("/analytics/units/{unitId}/figures/{key}/export")
	ResponseEntity<byte[]> exportBelow(@PathVariable long unitId, @PathVariable String key,
			@RequestParam(required = false) Long period, @RequestParam(required = false) String view,
			@RequestParam(name = "include", required = false) String include,
			@RequestParam(defaultValue = "xlsx") String format, @RequestParam(defaultValue = "false") boolean all,
			@AuthenticationPrincipal SignedInUser user, Locale locale) {
		Choice choice = choice(user, period, view, include);
		Dashboard dashboard = this.analytics.dashboard(user, unitId, choice.periodId(), choice.view(),
				choice.inclusion());
		TemplateStructure.Cell cell = this.analytics.cell(dashboard.period(), key);
		List<UnitFigure> everyUnitBelow = this.analytics.below(user, unitId, choice.periodId(), choice.view(),
				choice.inclusion(), cell.key());
		List<UnitFigure> below = sorted(all ? everyUnitBelow : concerned(everyUnitBelow), "name", "asc");
		List<String> header = List.of(text("analytics.column.unit", locale), text("analytics.column.code", locale),
				text("analytics.column.value", locale), text("analytics.column.reporting", locale),
				text("analytics.column.expected", locale), text("analytics.column.approximate", locale));
		List<List<Object>> rows = new ArrayList<>();
		for (UnitFigure u : below) {
			rows.add(java.util.Arrays.asList(u.unit().fullName(), u.unit().code(), u.value(),
					u.coverage().reporting(choice.inclusion()), u.coverage().expected(), u.approximate() ? "≈" : ""));
		}
		String title = dashboard.unit().fullName() + " – " + dashboard.period().name() + " – " + cell.indicator().name()
				+ (cell.itemName().isEmpty() ? "" : " – " + cell.itemName());
		return Tables.answer(format,
				Tables.fileName("So lieu", dashboard.unit().name(), dashboard.period().name(), cell.indicator().name()),
				title, header, rows);
	}

	private Choice choice(SignedInUser user, Long period, String view, String include) {
		List<Period> periods = this.analytics.periods(user);
		long periodId;
		if (period != null) {
			periodId = period;
		}
		else if (!periods.isEmpty()) {
			periodId = periods.get(0).id();
		}
		else {
			throw AnalyticsException.notFound("analytics.error.noPeriod");
		}
		return new Choice(periodId, View.parse(view), Inclusion.parse(include), periods);
	}

	private static LocalDate date(Dashboard dashboard) {
		return (dashboard.view() == View.CURRENT) ? UnitScope.today() : Periods.unitDate(dashboard.period());
	}

	/**
	 * The units below that concern the period: some unit under them must report, has
	 * reported, or there is a figure. Organisations of a province that report nothing
	 * (its police, its Party committee) would otherwise fill the table and the chart with
	 * empty rows; the page says how many it leaves out and shows them on request.
	 */
	private static List<UnitFigure> concerned(List<UnitFigure> below) {
		return below.stream()
			.filter((u) -> u.coverage().expected() > 0 || u.coverage().handedIn() > 0 || u.value() != null)
			.toList();
	}

	private static List<UnitFigure> sorted(List<UnitFigure> figures, String sort, String dir) {
		Collator collator = Collator.getInstance(VIETNAMESE);
		Comparator<UnitFigure> byName = Comparator.comparing((UnitFigure u) -> u.unit().name(), collator);
		Comparator<UnitFigure> order = switch (sort) {
			case "value" ->
				Comparator.comparing(UnitFigure::value, Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()))
					.thenComparing(byName);
			case "reporting" ->
				Comparator.comparingInt((UnitFigure u) -> u.coverage().handedIn()).thenComparing(byName);
			default -> byName;
		};
		List<UnitFigure> list = new ArrayList<>(figures);
		list.sort("desc".equals(dir) ? order.reversed() : order);
		return list;
	}

	/**
	 * The map of provinces when the units directly below are provinces (the centre's
	 * figure), or null.
	 */
	private ProvinceMap provinceMap(Dashboard dashboard, Figure figure, Choice choice, List<UnitFigure> below) {
		if (below.isEmpty() || !below.stream().allMatch((u) -> u.unit().level() == UnitLevel.PROVINCE)) {
			return null;
		}
		List<MapValue> values = below.stream()
			.map((u) -> MapValue.of(u.unit().code(), u.unit().name(), u.value(),
					figureUrl(u.unit().id(), figure.key(), choice)))
			.toList();
		String title = this.messages.getMessage("analytics.figure.map", null, LocaleContextHolder.getLocale()) + " – "
				+ dashboard.period().name();
		return this.maps.provinceMap(title, figure.label(), figure.indicator().unitOfMeasure(), values);
	}

	/**
	 * The figure page of a unit below, keeping the chosen period, view and inclusion.
	 */
	private static String figureUrl(long unitId, String key, Choice choice) {
		return UriComponentsBuilder.fromPath("/analytics/units/{id}/figures/{key}")
			.queryParam("period", choice.periodId())
			.queryParam("view", choice.viewParameter())
			.queryParam("include", choice.includeParameter())
			.buildAndExpand(unitId, key)
			.encode()
			.toUriString();
	}

	private String barChart(Figure figure, List<UnitFigure> below, Choice choice) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("name", figure.label());
		chart.put("unit", figure.indicator().unitOfMeasure());
		chart.put("labels", below.stream().map((u) -> u.unit().fullName()).toList());
		chart.put("values", below.stream().map((u) -> u.value()).toList());
		chart.put("display", below.stream().map((u) -> VietnameseNumbers.format(u.value())).toList());
		chart.put("links",
				below.stream()
					.map((u) -> ServletUriComponentsBuilder.fromCurrentContextPath()
						.path(figureUrl(u.unit().id(), figure.key(), choice))
						.build()
						.toUriString())
					.toList());
		return this.json.writeValueAsString(chart);
	}

	private String lineChart(Figure figure, List<SeriesPoint> series) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("name", figure.label());
		chart.put("unit", figure.indicator().unitOfMeasure());
		chart.put("labels", series.stream().map((p) -> p.period().name()).toList());
		chart.put("values", series.stream().map(SeriesPoint::value).toList());
		chart.put("display", series.stream().map((p) -> VietnameseNumbers.format(p.value())).toList());
		return this.json.writeValueAsString(chart);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/**
	 * What the user chose: the period, the view and which reports are included.
	 */
	record Choice(long periodId, View view, Inclusion inclusion, List<Period> periods) {

		public String viewParameter() {
			return this.view.parameter();
		}

		public String includeParameter() {
			return this.inclusion.parameter();
		}

	}

}
