package vn.danvan.practices.registry;

import java.net.URI;
import java.util.List;
import java.util.Map;

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

import vn.danvan.practices.Practice;
import vn.danvan.shared.figures.Measure;
import vn.danvan.shared.security.ScopedUser;

/**
 * The registry as JSON: {@code /api/v1/practices} (list with the page's filters,
 * register, read with history, change with a version check) and the steps of a practice's
 * life. Errors are problem details in Vietnamese ({@code web.Refusals},
 * {@link PracticesApiParameters}).
 */
@RestController
@RequestMapping("/api/v1/practices")
class PracticesApiController {

	private final PracticeRegistry registry;

	private final PracticeMeasures measures;

	PracticesApiController(PracticeRegistry registry, PracticeMeasures measures) {
		this.registry = registry;
		this.measures = measures;
	}

	@GetMapping
	PracticeList list(@AuthenticationPrincipal ScopedUser user, @RequestParam Map<String, String> parameters) {
		PracticeSearch search = SearchParameters.search(parameters);
		PracticeRepository.Page page = this.registry.search(user, search);
		return new PracticeList(page.total(), search.page(), PracticeSearch.PAGE_SIZE, page.practices());
	}

	@PostMapping
	ResponseEntity<Practice> register(@AuthenticationPrincipal ScopedUser user, @RequestBody PracticeForm form) {
		Practice created = this.registry.register(user, form);
		return ResponseEntity.created(URI.create("/api/v1/practices/" + created.id().value())).body(created);
	}

	@GetMapping("/{id}")
	PracticeDetail show(@AuthenticationPrincipal ScopedUser user, @PathVariable long id) {
		return new PracticeDetail(this.registry.get(user, id), this.registry.evaluations(user, id),
				this.registry.history(user, id));
	}

	@PutMapping("/{id}")
	Practice change(@AuthenticationPrincipal ScopedUser user, @PathVariable long id, @RequestBody PracticeForm form) {
		return this.registry.change(user, id, form);
	}

	@PostMapping("/{id}/start")
	Practice start(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@RequestBody(required = false) Assessment.StepForm form) {
		return this.registry.start(user, id, (form != null) ? form : new Assessment.StepForm(null, null));
	}

	@PostMapping("/{id}/evaluations")
	ResponseEntity<Practice> evaluate(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@RequestBody Assessment.EvaluationForm form) {
		return ResponseEntity.status(201).body(this.registry.evaluate(user, id, form));
	}

	@PostMapping("/{id}/recognitions")
	ResponseEntity<Practice> recognise(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@RequestBody Assessment.RecognitionForm form) {
		return ResponseEntity.status(201).body(this.registry.recognise(user, id, form));
	}

	@PostMapping("/{id}/replication")
	Practice replicate(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@RequestBody Assessment.StepForm form) {
		return this.registry.replicate(user, id, form);
	}

	@PostMapping("/{id}/end")
	Practice end(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@RequestBody Assessment.StepForm form) {
		return this.registry.end(user, id, form);
	}

	@GetMapping("/measures")
	List<Measure> measures() {
		return this.measures.measures();
	}

	record PracticeList(long total, int page, int pageSize, List<Practice> practices) {
	}

	record PracticeDetail(Practice practice, List<Evaluation> evaluations, List<Step> history) {
	}

}
