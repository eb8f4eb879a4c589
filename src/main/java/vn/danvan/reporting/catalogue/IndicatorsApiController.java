package vn.danvan.reporting.catalogue;

import vn.danvan.reporting.submissions.ReportingApi;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.catalogue.CatalogueDefinition.IndicatorDefinition;
import vn.danvan.reporting.Indicator;
import vn.danvan.reporting.catalogue.CatalogueJson.IndicatorChange;
import vn.danvan.reporting.catalogue.CatalogueJson.IndicatorJson;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.errors.InvalidRequestException;

/**
 * {@code /api/v1/indicators}: read by any signed-in user; created and changed by
 * administrators and commission officers.
 */
@RestController
@RequestMapping("/api/v1/indicators")
class IndicatorsApiController implements ReportingApi {

	private final Catalogue catalogue;

	IndicatorsApiController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	/**
	 * All indicators, or those whose code or name contains {@code q} (diacritics and case
	 * ignored).
	 */
	@GetMapping
	IndicatorList listIndicators(@RequestParam(name = "q", required = false) String q) {
		return new IndicatorList(json(this.catalogue.indicators(q)));
	}

	@GetMapping("/{id}")
	IndicatorJson showIndicator(@PathVariable long id) {
		return json(List.of(this.catalogue.indicator(id))).get(0);
	}

	@PostMapping
	ResponseEntity<IndicatorJson> defineIndicator(@AuthenticationPrincipal ScopedUser user,
			@RequestBody IndicatorDefinition definition) {
		Indicator created = this.catalogue.defineIndicator(user, definition);
		return ResponseEntity.created(
				ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(created.id()).toUri())
			.body(json(List.of(created)).get(0));
	}

	/**
	 * Changes an indicator read at {@code version}; 409 when it changed since.
	 */
	@PutMapping("/{id}")
	IndicatorJson changeIndicator(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@RequestBody IndicatorChange change) {
		if (change.version() == null) {
			throw new InvalidRequestException(null, "reporting.catalogue.error.versionRequired");
		}
		Indicator changed = this.catalogue.changeIndicator(user, id, change.version(),
				new IndicatorDefinition(null, change.name(), change.unitOfMeasure(), change.valueType(),
						change.aggregation(), change.breakdown(), change.numerator(), change.denominator(),
						change.required(), change.minValue(), change.maxValue(), change.description()));
		return json(List.of(changed)).get(0);
	}

	private List<IndicatorJson> json(List<Indicator> indicators) {
		var codes = CatalogueJson.indicatorCodes(this.catalogue.indicators(null));
		var breakdowns = CatalogueJson.breakdownsById(this.catalogue.breakdowns());
		return indicators.stream().map((i) -> IndicatorJson.of(i, codes, breakdowns)).toList();
	}

	record IndicatorList(List<IndicatorJson> indicators) {
	}

}
