package vn.danvan.documents.reviews;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.accounts.SignedInUser;
import vn.danvan.documents.IssueRequest;
import vn.danvan.documents.IssuedDocument;
import vn.danvan.documents.ReviewDraft;
import vn.danvan.documents.IssueRefusedException;
import vn.danvan.shared.errors.ConflictException;
import vn.danvan.shared.errors.DanvanException;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.errors.InvalidRequestException;
import vn.danvan.shared.errors.NotFoundException;
import vn.danvan.shared.errors.RejectedException;

/**
 * "Soạn báo cáo": choose a unit and a period, compose the draft, edit its sections (saved
 * as versions, a stale save refused with the texts kept), issue it, and download the
 * issued document as DOCX, XLSX (the appendix) or PDF.
 */
@Controller
class ReviewReportsController implements DocumentsPages {

	private final ReviewReports reports;

	private final DocumentRegister register;

	ReviewReportsController(ReviewReports reports, DocumentRegister register) {
		this.reports = reports;
		this.register = register;
	}

	@GetMapping("/documents")
	String home(@AuthenticationPrincipal SignedInUser user, Model model) {
		requireComposer(user);
		model.addAttribute("units", this.reports.units(user));
		model.addAttribute("periods", this.reports.periods(user));
		model.addAttribute("drafts", this.reports.recent(user));
		model.addAttribute("documents", this.register.recent(user));
		return "documents/home";
	}

	@PostMapping("/documents/review-reports")
	String compose(@RequestParam(required = false) Long unit, @RequestParam(required = false) Long period,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		requireComposer(user);
		if (unit == null || period == null) {
			redirect.addFlashAttribute("errorKey", "documents.error.chooseUnitAndPeriod");
			return "redirect:/documents";
		}
		try {
			ReviewDraft draft = this.reports.compose(user, unit, period);
			redirect.addFlashAttribute("successKey", "documents.draft.composed");
			return "redirect:/documents/review-reports/" + draft.id();
		}
		catch (DanvanException ex) {
			if (!(ex instanceof RejectedException)) {
				throw ex;
			}
			redirect.addFlashAttribute("errorKey", ex.messageKey());
			redirect.addFlashAttribute("errorArguments", ex.arguments());
			return "redirect:/documents";
		}
	}

	@GetMapping("/documents/review-reports/{id}")
	String draft(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		ReviewDraft draft = this.reports.get(user, id);
		return editor(user, draft, null, model);
	}

	@PostMapping("/documents/review-reports/{id}")
	String save(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String summary,
			@RequestParam Map<String, String> form, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		Map<Long, String> bodies = new LinkedHashMap<>();
		form.forEach((name, text) -> {
			if (name.startsWith("section-")) {
				try {
					bodies.put(Long.parseLong(name.substring("section-".length())), text);
				}
				catch (NumberFormatException ex) {
					throw new InvalidRequestException(name, "documents.error.parameter", name);
				}
			}
		});
		try {
			ReviewDraft saved = this.reports.save(user, id, version, summary, bodies);
			redirect.addFlashAttribute("successKey", "documents.draft.saved");
			redirect.addFlashAttribute("successArguments", new Object[] { saved.version() });
			return "redirect:/documents/review-reports/" + id;
		}
		catch (DanvanException ex) {
			if (!(ex instanceof ConflictException) && !(ex instanceof InvalidRequestException)) {
				throw ex;
			}
			ReviewDraft current = this.reports.get(user, id);
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			model.addAttribute("typed", bodies);
			model.addAttribute("typedSummary", summary);
			return editor(user, current, bodies, model);
		}
	}

	@PostMapping("/documents/review-reports/{id}/issue")
	String issue(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) LocalDate date, @RequestParam(defaultValue = "HEAD") String signer,
			@RequestParam(required = false) String signerName, @RequestParam(required = false) String recipients,
			@RequestParam(defaultValue = "false") boolean confirm, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		IssueRequest.Signer role = "DEPUTY".equals(signer) ? IssueRequest.Signer.DEPUTY : IssueRequest.Signer.HEAD;
		List<String> lines = (recipients != null) ? Arrays.asList(recipients.split("\\R")) : null;
		try {
			ReviewReports.Issued issued = this.reports.issue(user, id,
					new IssueRequest(date, role, signerName, lines, version, confirm, reason));
			redirect.addFlashAttribute("successKey",
					issued.created() ? "documents.document.issued" : "documents.document.alreadyIssued");
			redirect.addFlashAttribute("successArguments", new Object[] { issued.document().numberText() });
			return "redirect:/documents/" + issued.document().id();
		}
		catch (DanvanException ex) {
			if (ex instanceof NotFoundException || ex instanceof ForbiddenException) {
				throw ex;
			}
			if (ex instanceof vn.danvan.documents.IssueRefusedException refused) {
				// "Ban hành" first shows what the document lacks; the officer confirms or
				// goes back.
				model.addAttribute("check", refused.check());
				model.addAttribute("checkReasonMissing",
						"documents.error.reasonRequired".equals(ex.messageKey()) && confirm);
				model.addAttribute("issueForm", new IssueForm(version, date, signer, signerName, recipients, reason));
				return editor(user, this.reports.get(user, id), null, model);
			}
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			return editor(user, this.reports.get(user, id), null, model);
		}
	}

	/**
	 * What the officer typed in the issue form, carried into the confirmation.
	 */
	record IssueForm(Integer version, LocalDate date, String signer, String signerName, String recipients,
			String reason) {
	}

	@GetMapping("/documents/{id}")
	String document(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("document", this.register.get(user, id));
		model.addAttribute("pdfAvailable", this.register.pdfAvailable());
		return "documents/document";
	}

	@GetMapping("/documents/{id}/{format:docx|xlsx|pdf}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String format,
			@AuthenticationPrincipal SignedInUser user) {
		IssuedDocument document = this.register.get(user, id);
		if (format.equals("pdf") && !this.register.pdfAvailable()) {
			return ResponseEntity.status(303).location(URI.create("/documents/" + id + "?pdf=unavailable")).build();
		}
		byte[] bytes = switch (format) {
			case "xlsx" -> this.register.xlsx(user, id);
			case "pdf" -> this.register.pdf(user, id);
			default -> this.register.docx(user, id);
		};
		return Downloads.file(document, format, bytes);
	}

	private String editor(SignedInUser user, ReviewDraft draft, Map<Long, String> typed, Model model) {
		model.addAttribute("draft", draft);
		model.addAttribute("versions", this.reports.versions(user, draft.id()));
		model.addAttribute("typed", (typed != null) ? typed : Map.of());
		model.addAttribute("recipients", String.join("\n", ReviewDocumentTexts.defaultRecipients()));
		model.addAttribute("today", vn.danvan.units.UnitScope.today());
		model.addAttribute("canEdit", ReviewReports.composes(user) && !draft.issued());
		return "documents/draft";
	}

	private static void requireComposer(SignedInUser user) {
		if (!ReviewReports.composes(user)) {
			throw new ForbiddenException("documents.error.notComposer");
		}
	}

}
