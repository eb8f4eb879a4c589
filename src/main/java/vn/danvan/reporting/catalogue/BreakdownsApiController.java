package vn.danvan.reporting.catalogue;

import vn.danvan.reporting.submissions.ReportingApi;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.catalogue.CatalogueDefinition.BreakdownDefinition;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.errors.NotFoundException;

/**
 * {@code /api/v1/breakdowns}: read by any signed-in user; created by administrators and
 * commission officers.
 */
@RestController
@RequestMapping("/api/v1/breakdowns")
class BreakdownsApiController implements ReportingApi {

	private final Catalogue catalogue;

	BreakdownsApiController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	BreakdownList listBreakdowns() {
		return new BreakdownList(this.catalogue.breakdowns());
	}

	@GetMapping("/{id}")
	Breakdown showBreakdown(@PathVariable long id) {
		return this.catalogue.breakdowns()
			.stream()
			.filter((b) -> b.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("reporting.error.notFound"));
	}

	@PostMapping
	ResponseEntity<Breakdown> defineBreakdown(@AuthenticationPrincipal ScopedUser user,
			@RequestBody BreakdownDefinition definition) {
		long id = this.catalogue.defineBreakdown(user, definition);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(id).toUri())
			.body(showBreakdown(id));
	}

	record BreakdownList(List<Breakdown> breakdowns) {
	}

}
