package vn.danvan.awards.decisions;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
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
import org.springframework.web.multipart.MultipartFile;

import vn.danvan.awards.AwardForm;
import vn.danvan.awards.Decision;
import vn.danvan.shared.errors.RejectedException;
import vn.danvan.shared.security.ScopedUser;

/**
 * The decisions as JSON: {@code /api/v1/awards/decisions} (list with the page's filters,
 * record, read, change with a version check, add recipients, import them from XLSX, the
 * annex listing the recipients as DOCX). Refusals are the shared problem details.
 */
@RestController
@RequestMapping("/api/v1/awards/decisions")
class DecisionsApiController {

	private final DecisionBook book;

	private final RecipientImport importer;

	private final DecisionAnnex annex;

	DecisionsApiController(DecisionBook book, RecipientImport importer, DecisionAnnex annex) {
		this.book = book;
		this.importer = importer;
		this.annex = annex;
	}

	@GetMapping
	List<Decision> list(@AuthenticationPrincipal ScopedUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) AwardForm form, @RequestParam(required = false) String q) {
		return this.book.search(user, new DecisionSearch(year, form, q, null, null, null, null, null), 500);
	}

	@GetMapping("/{id}")
	Decision show(@AuthenticationPrincipal ScopedUser user, @PathVariable long id) {
		return this.book.get(user, id);
	}

	/**
	 * The list of the decision's recipients to attach to it, as DOCX in the Party format.
	 */
	@GetMapping("/{id}/annex.docx")
	ResponseEntity<byte[]> annex(@AuthenticationPrincipal ScopedUser user, @PathVariable long id) {
		return this.annex.docx(user, id).download();
	}

	@PostMapping
	ResponseEntity<Decision> record(@AuthenticationPrincipal ScopedUser user, @RequestBody DecisionForm form) {
		Decision created = this.book.record(user, form);
		return ResponseEntity.created(URI.create("/api/v1/awards/decisions/" + created.id().value())).body(created);
	}

	@PutMapping("/{id}")
	Decision change(@AuthenticationPrincipal ScopedUser user, @PathVariable long id, @RequestBody DecisionForm form) {
		return this.book.change(user, id, form);
	}

	@PostMapping("/{id}/recipients")
	ResponseEntity<Decision> addRecipients(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@RequestBody List<RecipientForm> recipients) {
		return ResponseEntity.status(201).body(this.book.addRecipients(user, id, recipients, false));
	}

	@PostMapping("/{id}/recipients/import")
	ResponseEntity<Decision> importRecipients(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@RequestParam("file") MultipartFile file) {
		try (InputStream in = file.getInputStream()) {
			return ResponseEntity.status(201).body(this.importer.importRecipients(user, id, in));
		}
		catch (IOException ex) {
			throw new RejectedException("file", "awards.import.unreadable");
		}
	}

}
