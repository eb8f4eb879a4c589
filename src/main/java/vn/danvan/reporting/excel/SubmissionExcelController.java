package vn.danvan.reporting.excel;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.reporting.Period;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.submissions.Revision;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.submissions.SubmissionConflictException;
import vn.danvan.reporting.submissions.SubmissionInvalidException;
import vn.danvan.reporting.Submissions;
import vn.danvan.reporting.TemplateStructure;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.time.VietnamTime;
import vn.danvan.units.Units;
import vn.danvan.shared.errors.DanvanException;
import vn.danvan.shared.errors.NotFoundException;
import vn.danvan.shared.errors.RefusalStatus;

/**
 * A submission as an offline Excel form: download it pre-filled, upload the filled file,
 * read what it would change, confirm.
 */
@Controller
@RequestMapping("/reporting/submissions/{id}/excel")
class SubmissionExcelController {

	static final String UPLOAD_VIEW = "reporting/excel-upload";

	static final String PREVIEW_VIEW = "reporting/excel-preview";

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private final ExcelForms excel;

	private final Submissions submissions;

	private final Units units;

	private final MessageSource messages;

	SubmissionExcelController(ExcelForms excel, Submissions submissions, Units units, MessageSource messages) {
		this.excel = excel;
		this.submissions = submissions;
		this.units = units;
		this.messages = messages;
	}

	@GetMapping
	ResponseEntity<byte[]> download(@AuthenticationPrincipal ScopedUser user, @PathVariable long id, Locale locale) {
		ExcelFile file = this.excel.download(user, id, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ExcelFile.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(file.fileName()))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(file.content());
	}

	@GetMapping("/upload")
	String showUploadForm(@AuthenticationPrincipal ScopedUser user, @PathVariable long id, Model model,
			HttpServletResponse response, Locale locale) {
		Submission submission = this.submissions.get(user, id);
		Period period = describe(user, submission, model);
		if (!this.submissions.canEdit(user, submission, period)) {
			try {
				this.excel.requireEditable(user, submission);
			}
			catch (DanvanException ex) {
				return refuse(ex, List.of(), model, response, locale);
			}
		}
		return UPLOAD_VIEW;
	}

	@PostMapping
	String upload(@AuthenticationPrincipal ScopedUser user, @PathVariable long id,
			@RequestParam(required = false) MultipartFile file, HttpServletRequest request, Model model,
			HttpServletResponse response, Locale locale) throws IOException {
		Submission submission = this.submissions.get(user, id);
		describe(user, submission, model);
		ExcelPreview preview;
		try {
			String name = (file != null) ? file.getOriginalFilename() : null;
			if (file != null && file.getSize() > this.excel.maxUploadSize()) {
				throw new ExcelRejectedException("reporting.excel.error.tooLarge", name,
						this.excel.maxUploadSize() / (1024 * 1024));
			}
			preview = this.excel.upload(user, id, name, (file != null) ? file.getBytes() : null,
					request.getRemoteAddr());
		}
		catch (ExcelRejectedException ex) {
			return refuse(ex, ex.since(), model, response, locale);
		}
		catch (DanvanException ex) {
			return refuse(ex, List.of(), model, response, locale);
		}
		TemplateStructure structure = this.submissions.structure(preview.submission());
		model.addAttribute("preview", preview);
		model.addAttribute("rows",
				preview.rows()
					.stream()
					.map((row) -> new PreviewRow(row.label(), row.cell(), row.current(), row.inFile(),
							(row.error() != null)
									? text(row.error().messageKey(), row.error().arguments().toArray(), locale) : null))
					.toList());
		model.addAttribute("checks",
				preview.checks()
					.stream()
					.map((issue) -> new Check(structure.label(issue.field()), issue.error(),
							text(issue.messageKey(), issue.arguments().toArray(), locale)))
					.toList());
		if (preview.errorCount() > 0) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return PREVIEW_VIEW;
	}

	@PostMapping("/{uploadId}/confirm")
	String confirm(@AuthenticationPrincipal ScopedUser user, @PathVariable long id, @PathVariable UUID uploadId,
			HttpServletRequest request, RedirectAttributes redirect, Model model, HttpServletResponse response,
			Locale locale) {
		Submission submission = this.submissions.get(user, id);
		try {
			ExcelApplied applied = this.excel.confirm(user, id, uploadId, request.getRemoteAddr());
			redirect.addFlashAttribute("successKey", "reporting.excel.applied");
			redirect.addFlashAttribute("successArguments", new Object[] { applied.cells() });
			return "redirect:/reporting/submissions/{id}";
		}
		catch (SubmissionConflictException ex) {
			describe(user, submission, model);
			return refuse(ex, ex.since(), model, response, locale);
		}
		catch (SubmissionInvalidException ex) {
			describe(user, submission, model);
			TemplateStructure structure = this.submissions.structure(submission);
			model.addAttribute("issues",
					ex.issues()
						.stream()
						.map((issue) -> new Check(structure.label(issue.field()), issue.error(),
								text(issue.messageKey(), issue.arguments().toArray(), locale)))
						.toList());
			return refuse(ex, List.of(), model, response, locale);
		}
		catch (DanvanException ex) {
			if (ex instanceof NotFoundException) {
				throw ex;
			}
			describe(user, this.submissions.get(user, id), model);
			return refuse(ex, (ex instanceof ExcelRejectedException rejected) ? rejected.since() : List.of(), model,
					response, locale);
		}
	}

	private Period describe(ScopedUser user, Submission submission, Model model) {
		Period period = this.submissions.period(submission);
		model.addAttribute("submission", submission);
		model.addAttribute("period", period);
		model.addAttribute("unitName",
				this.units.find(submission.unitId(), Periods.unitDate(period))
					.map((unit) -> unit.fullName())
					.orElse("#" + submission.unitId()));
		model.addAttribute("canEdit", this.submissions.canEdit(user, submission, period));
		model.addAttribute("maxMegabytes", Math.max(1, this.excel.maxUploadSize() / (1024 * 1024)));
		return period;
	}

	private String refuse(DanvanException ex, List<Revision> since, Model model, HttpServletResponse response,
			Locale locale) {
		model.addAttribute("refusal", text(ex.messageKey(), ex.arguments(), locale));
		model.addAttribute("since",
				since.stream()
					.map((revision) -> new RevisionView(revision.version(), revision.changedBy(),
							AT.format(LocalDateTime.ofInstant(revision.changedAt(), VietnamTime.ZONE)),
							revision.source(), revision.changes()))
					.toList());
		response.setStatus(RefusalStatus.of(ex));
		return UPLOAD_VIEW;
	}

	private String text(String key, Object[] arguments, Locale locale) {
		return this.messages.getMessage(new DefaultMessageSourceResolvable(new String[] { key }, arguments, key),
				locale);
	}

	/**
	 * {@code attachment} with the name in UTF-8 (RFC 5987/6266) and a plain ASCII name
	 * for old clients.
	 */
	static String attachment(String fileName) {
		String ascii = Normalizer.normalize(fileName.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^A-Za-z0-9._-]", "_");
		String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
	}

	record PreviewRow(String label, String cell, String current, String inFile, String error) {
	}

	record Check(String label, boolean error, String message) {
	}

	record RevisionView(int version, String changedBy, String at, String source, List<Revision.Change> changes) {
	}

}
