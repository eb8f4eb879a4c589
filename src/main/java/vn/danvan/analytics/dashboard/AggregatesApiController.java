package vn.danvan.analytics.dashboard;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.danvan.accounts.SignedInUser;
import vn.danvan.analytics.Analytics;
import vn.danvan.analytics.Dashboard;
import vn.danvan.analytics.Figure;
import vn.danvan.analytics.Inclusion;
import vn.danvan.analytics.View;
import vn.danvan.reporting.Period;

/**
 * {@code GET /api/v1/aggregates?unit=&period=&view=as-was|current&include=approved|submitted}:
 * every figure of the period's template added up over the unit, with the previous period,
 * the same period a year before, and how many units reported out of how many expected.
 */
@RestController
class AggregatesApiController implements AnalyticsApi {

	private final Analytics analytics;

	AggregatesApiController(Analytics analytics) {
		this.analytics = analytics;
	}

	@GetMapping("/api/v1/aggregates")
	Aggregates aggregates(@RequestParam long unit, @RequestParam long period,
			@RequestParam(required = false) String view, @RequestParam(required = false) String include,
			@AuthenticationPrincipal SignedInUser user) {
		Dashboard d = this.analytics.dashboard(user, unit, period, View.parse(view), Inclusion.parse(include));
		return new Aggregates(new UnitRef(d.unit().id(), d.unit().code(), d.unit().fullName()), ref(d.period()),
				ref(d.previous()), ref(d.lastYear()), d.view().parameter(), d.inclusion().parameter(), d.reporting(),
				d.coverage().expected(), d.coverage().handedIn(), d.coverage().approved(), d.coverage().approximate(),
				d.previousReporting(), d.lastYearReporting(), d.previousMatched(), d.lastYearMatched(),
				d.figures().stream().map(AggregatesApiController::value).toList());
	}

	private static PeriodRef ref(Period period) {
		return (period != null) ? new PeriodRef(period.id(), period.name()) : null;
	}

	private static Value value(Figure f) {
		return new Value(f.key(), f.indicator().code(), f.item(), f.label(), f.indicator().unitOfMeasure(),
				f.indicator().aggregation().name(), f.value(), f.previousTotal(), f.valueLikePrevious(), f.previous(),
				f.changeFromPrevious(), f.percentFromPrevious(), f.lastYearTotal(), f.valueLikeLastYear(), f.lastYear(),
				f.changeFromLastYear(), f.percentFromLastYear(), f.reported(), f.approximate());
	}

	record Aggregates(UnitRef unit, PeriodRef period, PeriodRef previousPeriod, PeriodRef lastYearPeriod, String view,
			String include, int reporting, int expected, int handedIn, int approved, boolean approximate,
			Integer previousReporting, Integer lastYearReporting, Integer previousMatched, Integer lastYearMatched,
			List<Value> values) {
	}

	record UnitRef(long id, String code, String name) {
	}

	record PeriodRef(long id, String name) {
	}

	record Value(String key, String indicator, String item, String name, String unitOfMeasure, String aggregation,
			BigDecimal value, BigDecimal previousTotal, BigDecimal valueLikePrevious, BigDecimal previous,
			BigDecimal changeFromPrevious, BigDecimal percentFromPrevious, BigDecimal lastYearTotal,
			BigDecimal valueLikeLastYear, BigDecimal lastYear, BigDecimal changeFromLastYear,
			BigDecimal percentFromLastYear, int reported, boolean approximate) {
	}

}
