package vn.danvan.documents.reviews;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.danvan.accounts.SignedInUser;
import vn.danvan.documents.IssueRequest;
import vn.danvan.documents.IssuedDocument;
import vn.danvan.documents.ReviewDraft;
import vn.danvan.shared.errors.InvalidRequestException;

/**
 * The review report API: compose a draft for a unit and a period, read and save it, issue
 * it (a second issue answers the same document with 200), and download issued documents
 * as DOCX, XLSX (the appendix) or PDF.
 */
@RestController
class ReviewReportsApiController implements DocumentsApi {

	private final ReviewReports reports;

	private final DocumentRegister register;

	ReviewReportsApiController(ReviewReports reports, DocumentRegister register) {
		this.reports = reports;
		this.register = register;
	}

	@PostMapping("/api/v1/review-reports")
	ResponseEntity<ReviewDraft> compose(@RequestBody(required = false) ComposeRequest request,
			@AuthenticationPrincipal SignedInUser user) {
		if (request == null || request.unit() == null || request.period() == null) {
			throw badRequest((request == null || request.unit() == null) ? "unit" : "period");
		}
		ReviewDraft draft = this.reports.compose(user, request.unit(), request.period());
		return ResponseEntity.created(URI.create("/api/v1/review-reports/" + draft.id())).body(draft);
	}

	@GetMapping("/api/v1/review-reports/{id}")
	ReviewDraft draft(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
		return this.reports.get(user, id);
	}

	@GetMapping("/api/v1/review-reports/{id}/versions")
	List<ReviewDraft.Version> versions(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
		return this.reports.versions(user, id);
	}

	@PutMapping("/api/v1/review-reports/{id}")
	ReviewDraft save(@PathVariable long id, @RequestBody SaveRequest request,
			@AuthenticationPrincipal SignedInUser user) {
		if (request.version() == null) {
			throw badRequest("version");
		}
		return this.reports.save(user, id, request.version(), request.summary(), request.sections());
	}

	@PostMapping("/api/v1/review-reports/{id}/issue")
	ResponseEntity<Issued> issue(@PathVariable long id, @RequestBody(required = false) IssueBody body,
			@AuthenticationPrincipal SignedInUser user) {
		IssueBody request = (body != null) ? body : new IssueBody(null, null, null, null, null, null, null);
		IssueRequest.Signer signer = null;
		if (request.signer() != null && !request.signer().isBlank()) {
			try {
				signer = IssueRequest.Signer.valueOf(request.signer().trim().toUpperCase(java.util.Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw badRequest("signer");
			}
		}
		ReviewReports.Issued issued = this.reports.issue(user, id,
				new IssueRequest(request.date(), signer, request.signerName(), request.recipients(), request.version(),
						Boolean.TRUE.equals(request.confirm()), request.reason()));
		Issued answer = Issued.of(issued.document());
		URI location = URI.create("/api/v1/documents/" + issued.document().id());
		return issued.created() ? ResponseEntity.created(location).body(answer) : ResponseEntity.ok(answer);
	}

	@GetMapping("/api/v1/documents/{id}")
	ResponseEntity<byte[]> download(@PathVariable long id, @RequestParam(defaultValue = "docx") String format,
			@AuthenticationPrincipal SignedInUser user) {
		IssuedDocument document = this.register.get(user, id);
		return Downloads.file(document, format, switch (format) {
			case "docx" -> this.register.docx(user, id);
			case "xlsx" -> this.register.xlsx(user, id);
			case "pdf" -> this.register.pdf(user, id);
			default -> throw new InvalidRequestException("format", "documents.error.format", format);
		});
	}

	private static InvalidRequestException badRequest(String parameter) {
		return new InvalidRequestException(parameter, "documents.error.parameter", parameter);
	}

	record ComposeRequest(Long unit, Long period) {
	}

	record SaveRequest(Integer version, String summary, Map<Long, String> sections) {
	}

	/**
	 * @param confirm the officer saw what the check before issuing found (answered 422
	 * with {@code findings} without it) and issues anyway
	 * @param reason why a mandatory part is left empty, kept with the document
	 */
	record IssueBody(LocalDate date, String signer, String signerName, List<String> recipients, Integer version,
			Boolean confirm, String reason) {
	}

	record Issued(long id, String number, int year, LocalDate issuedOn, String issuingBody, String title,
			String issuedBy, Instant issuedAt, Long draftId, Map<String, String> files) {

		static Issued of(IssuedDocument d) {
			String base = "/api/v1/documents/" + d.id();
			return new Issued(d.id(), d.numberText(), d.year(), d.issuedOn(), d.issuingBody(), d.title(), d.issuedBy(),
					d.issuedAt(), d.draftId(),
					Map.of("docx", base, "xlsx", base + "?format=xlsx", "pdf", base + "?format=pdf"));
		}

	}

}
