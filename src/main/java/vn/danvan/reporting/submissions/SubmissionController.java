package vn.danvan.reporting.submissions;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.accounts.SignedInUser;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.SubmissionState;
import vn.danvan.reporting.Submissions;
import vn.danvan.reporting.TemplateStructure;
import vn.danvan.reporting.computed.ComputedFigures;
import vn.danvan.shared.time.VietnamTime;
import vn.danvan.units.Unit;
import vn.danvan.units.Units;
import vn.danvan.shared.errors.DanvanException;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.errors.NotFoundException;
import vn.danvan.shared.errors.RefusalStatus;

/**
 * A unit's report: the form that feels like a spreadsheet (saved as a draft as one types,
 * submitted when complete), and the reviewer's return, approve and reopen.
 */
@Controller
class SubmissionController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private final Submissions submissions;

	private final Units units;

	private final MessageSource messages;

	private final ComputedFigures computed;

	private final CellComments comments;

	SubmissionController(Submissions submissions, Units units, MessageSource messages, ComputedFigures computed,
			CellComments comments) {
		this.submissions = submissions;
		this.units = units;
		this.messages = messages;
		this.computed = computed;
		this.comments = comments;
	}

	@GetMapping("/reporting/submissions/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
		Submission submission = this.submissions.get(user, id);
		return page(user, submission, Map.of(), Map.of(), this.submissions.issues(submission), model, locale);
	}

	/**
	 * Saves the draft from the form (the way without JavaScript).
	 */
	@PostMapping("/reporting/submissions/{id}")
	String saveDraft(@PathVariable long id, @RequestParam int version, @RequestParam MultiValueMap<String, String> form,
			@AuthenticationPrincipal SignedInUser user, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		Map<String, String> values = values(form);
		values.keySet().removeAll(this.computed.keys(this.submissions.get(user, id)));
		Map<Long, String> narratives = narratives(form);
		try {
			this.submissions.save(user, id, version, values, narratives, "FORM");
		}
		catch (SubmissionInvalidException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("problem", message(ex, locale));
			return page(user, this.submissions.get(user, id), values, narratives, ex.issues(), model, locale);
		}
		catch (SubmissionConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return conflict(user, id, ex, values, narratives, model, locale);
		}
		redirect.addFlashAttribute("successKey", "reporting.form.saved");
		return "redirect:/reporting/submissions/" + id;
	}

	/**
	 * Saves the draft as one types (JavaScript): answers with the new version and the
	 * messages by cell, 422 with the messages when a value cannot be kept, 409 with what
	 * someone else changed.
	 */
	@PostMapping(path = "/reporting/submissions/{id}/draft", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, Object>> autosave(@PathVariable long id, @RequestParam int version,
			@RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal SignedInUser user,
			Locale locale) {
		Map<String, Object> body = new LinkedHashMap<>();
		try {
			Map<String, String> values = values(form);
			values.keySet().removeAll(this.computed.keys(this.submissions.get(user, id)));
			Submission saved = this.submissions.save(user, id, version, values, narratives(form), "AUTOSAVE");
			body.put("version", saved.version());
			body.put("state", saved.state().name());
			body.put("savedAt",
					(saved.updatedAt() != null) ? TIME.format(saved.updatedAt().atZone(VietnamTime.ZONE)) : "");
			body.put("message",
					this.messages.getMessage("reporting.form.savedAt", new Object[] { body.get("savedAt") }, locale));
			body.put("issues", issues(actionable(saved, this.submissions.issues(saved)), locale));
			return ResponseEntity.ok(body);
		}
		catch (SubmissionInvalidException ex) {
			body.put("message", message(ex, locale));
			body.put("issues", issues(ex.issues(), locale));
			return ResponseEntity.unprocessableContent().body(body);
		}
		catch (SubmissionConflictException ex) {
			body.put("message", message(ex, locale));
			body.put("currentVersion", ex.currentVersion());
			body.put("changes", changes(ex.since()));
			return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
		}
		catch (DanvanException ex) {
			body.put("message", message(ex, locale));
			return ResponseEntity.status(RefusalStatus.of(ex)).body(body);
		}
	}

	/**
	 * Saves what the form holds, then submits.
	 */
	@PostMapping("/reporting/submissions/{id}/submit")
	String submit(@PathVariable long id, @RequestParam int version, @RequestParam MultiValueMap<String, String> form,
			@AuthenticationPrincipal SignedInUser user, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		Map<String, String> values = values(form);
		values.keySet().removeAll(this.computed.keys(this.submissions.get(user, id)));
		Map<Long, String> narratives = narratives(form);
		try {
			Submission saved = this.submissions.save(user, id, version, values, narratives, "FORM");
			this.computed.handIn(user, id, saved.version());
		}
		catch (SubmissionInvalidException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("problem", message(ex, locale));
			Submission current = this.submissions.get(user, id);
			boolean saved = current.version() != version;
			return page(user, current, saved ? Map.of() : values, saved ? Map.of() : narratives,
					saved ? merged(this.submissions.issues(current), ex.issues()) : ex.issues(), model, locale);
		}
		catch (SubmissionConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return conflict(user, id, ex, values, narratives, model, locale);
		}
		redirect.addFlashAttribute("successKey", "reporting.form.submitted");
		return "redirect:/reporting/submissions/" + id;
	}

	@PostMapping("/reporting/submissions/{id}/return")
	String returnToUnit(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) String comment, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "reporting.form.returned",
				() -> this.submissions.returnToUnit(user, id, comment, version));
	}

	@PostMapping("/reporting/submissions/{id}/approve")
	String approve(@PathVariable long id, @RequestParam int version, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "reporting.form.approved", () -> this.submissions.approve(user, id, version));
	}

	@PostMapping("/reporting/submissions/{id}/reopen")
	String reopen(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		return act(id, redirect, "reporting.form.reopened", () -> this.submissions.reopen(user, id, reason, version));
	}

	@GetMapping("/reporting/submissions/{id}/history")
	String history(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Submission submission = this.submissions.get(user, id);
		Period period = this.submissions.period(submission);
		model.addAttribute("submission", submission);
		model.addAttribute("period", period);
		model.addAttribute("unit", unit(submission, period));
		List<Revision> revisions = new ArrayList<>(this.submissions.revisions(user, id));
		java.util.Collections.reverse(revisions);
		model.addAttribute("revisions", revisions);
		List<Transition> transitions = new ArrayList<>(this.submissions.transitions(user, id));
		java.util.Collections.reverse(transitions);
		model.addAttribute("transitions", transitions);
		return "reporting/history";
	}

	private String act(long id, RedirectAttributes redirect, String successKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("successKey", successKey);
		}
		catch (DanvanException ex) {
			if (ex instanceof NotFoundException || ex instanceof ForbiddenException) {
				throw ex;
			}
			redirect.addFlashAttribute("actionError", this.messages.getMessage(ex.messageKey(), ex.arguments(),
					ex.messageKey(), LocaleContextHolder.getLocale()));
		}
		return "redirect:/reporting/submissions/" + id;
	}

	private String conflict(SignedInUser user, long id, SubmissionConflictException ex, Map<String, String> values,
			Map<Long, String> narratives, Model model, Locale locale) {
		Submission current = this.submissions.get(user, id);
		model.addAttribute("conflict", message(ex, locale));
		model.addAttribute("conflictChanges", changes(ex.since()));
		TemplateStructure structure = this.submissions.structure(current);
		List<Map<String, String>> mine = new ArrayList<>();
		values.forEach((key, value) -> mine.add(Map.of("label", structure.label(key), "value", value)));
		narratives.forEach((section, body) -> {
			if (!body.isBlank()) {
				mine.add(Map.of("label", structure.label(TemplateStructure.narrativeKey(section)), "value", body));
			}
		});
		model.addAttribute("conflictMine", mine);
		return page(user, current, Map.of(), Map.of(), this.submissions.issues(current), model, locale);
	}

	/**
	 * A computed cell is filled by the system at hand-in: "required" is not something the
	 * officer can act on before then, so it is not listed for it.
	 */
	private List<FieldIssue> actionable(Submission submission, List<FieldIssue> issues) {
		java.util.Set<String> computedKeys = this.computed.keys(submission);
		return issues.stream()
			.filter((issue) -> !(computedKeys.contains(issue.field())
					&& "reporting.invalid.required".equals(issue.messageKey())))
			.toList();
	}

	private String page(SignedInUser user, Submission submission, Map<String, String> typed,
			Map<Long, String> typedNarratives, List<FieldIssue> allIssues, Model model, Locale locale) {
		List<FieldIssue> issues = actionable(submission, allIssues);
		Period period = this.submissions.period(submission);
		TemplateStructure structure = this.submissions.structure(submission);
		SubmissionContent content = this.submissions.content(submission);
		// The previous period's values are shown only when the unit handed that report in
		// (a draft or a report
		// never started says nothing about the previous period).
		var previous = this.submissions.previous(submission).filter((p) -> p.submission().state().handedIn());
		model.addAttribute("submission", submission);
		model.addAttribute("period", period);
		model.addAttribute("structure", structure);
		model.addAttribute("computed", this.computed.cells(submission));
		model.addAttribute("unit", unit(submission, period));
		model.addAttribute("previousPeriod", previous.map(Submissions.PreviousReport::period).orElse(null));
		FormSheet sheet = FormSheet.of(structure, content, typed, typedNarratives,
				previous.map(Submissions.PreviousReport::content).orElse(null), issues, this.messages, locale);
		model.addAttribute("sheet", sheet);
		model.addAttribute("progress", sheet.progress(this.computed.keys(submission)));
		model.addAttribute("editable", this.submissions.canEdit(user, submission, period));
		boolean reviewer = this.submissions.canReview(user, submission);
		model.addAttribute("canReturn", reviewer && submission.state() == SubmissionState.SUBMITTED);
		model.addAttribute("canApprove", reviewer && submission.state() == SubmissionState.SUBMITTED);
		model.addAttribute("canReopen", reviewer && submission.state() == SubmissionState.APPROVED);
		model.addAttribute("reviewer", reviewer);
		// Reviewers' comments on cells: written while the report is under review, read by
		// the unit after it.
		List<CellComment> comments = this.comments.of(user, submission);
		Map<String, List<CellComment>> byCell = new LinkedHashMap<>();
		comments.forEach((c) -> byCell.computeIfAbsent(c.cell(), (k) -> new ArrayList<>()).add(c));
		model.addAttribute("commentList", comments);
		model.addAttribute("comments", byCell);
		model.addAttribute("canComment", reviewer && submission.state() == SubmissionState.SUBMITTED);
		model.addAttribute("canAnswer", this.submissions.ownReport(user, submission));
		List<Transition> transitions = this.submissions.transitions(user, submission.id());
		model.addAttribute("lastReturn",
				transitions.stream()
					.filter((t) -> t.to() == SubmissionState.RETURNED)
					.reduce((a, b) -> b)
					.filter((t) -> submission.state() == SubmissionState.RETURNED)
					.orElse(null));
		boolean late = lateNow(submission, period);
		model.addAttribute("overdue", late && submission.submittedAt() == null);
		model.addAttribute("handedInLate", late && submission.submittedAt() != null);
		return "reporting/submission";
	}

	private static boolean lateNow(Submission submission, Period period) {
		Instant end = period.deadline().plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant();
		return (submission.submittedAt() != null) ? submission.submittedAt().isAfter(end)
				: !submission.state().handedIn() && Instant.now().isAfter(end);
	}

	private Unit unit(Submission submission, Period period) {
		return this.units.find(submission.unitId(), Periods.unitDate(period))
			.or(() -> this.units.history(submission.unitId()).versions().stream().reduce((a, b) -> b))
			.orElseThrow();
	}

	private String message(DanvanException ex, Locale locale) {
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
	}

	private List<Map<String, Object>> issues(List<FieldIssue> issues, Locale locale) {
		return issues.stream().map((issue) -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("field", issue.field());
			item.put("severity", issue.severity().name());
			item.put("message", this.messages.getMessage(issue.messageKey(), issue.arguments().toArray(),
					issue.messageKey(), locale));
			return item;
		}).toList();
	}

	static List<Map<String, Object>> changes(List<Revision> revisions) {
		List<Map<String, Object>> changes = new ArrayList<>();
		for (Revision revision : revisions) {
			for (Revision.Change change : revision.changes()) {
				Map<String, Object> item = new LinkedHashMap<>();
				item.put("version", revision.version());
				item.put("changedBy", revision.changedBy());
				item.put("changedAt", TIME.format(revision.changedAt().atZone(ZoneId.of("Asia/Ho_Chi_Minh"))));
				item.put("field", change.field());
				item.put("label", change.label());
				item.put("before", change.before());
				item.put("after", change.after());
				changes.add(item);
			}
		}
		return changes;
	}

	private static List<FieldIssue> merged(List<FieldIssue> current, List<FieldIssue> refused) {
		List<FieldIssue> all = new ArrayList<>(current);
		refused.stream().filter((f) -> !all.contains(f)).forEach(all::add);
		return all;
	}

	static Map<String, String> values(MultiValueMap<String, String> form) {
		Map<String, String> values = new LinkedHashMap<>();
		form.forEach((name, list) -> {
			if (name.startsWith("v.") && !list.isEmpty()) {
				values.put(name.substring(2), list.get(0));
			}
		});
		return values;
	}

	static Map<Long, String> narratives(MultiValueMap<String, String> form) {
		Map<Long, String> narratives = new LinkedHashMap<>();
		form.forEach((name, list) -> {
			if (name.startsWith("n.") && !list.isEmpty()) {
				try {
					narratives.put(Long.parseLong(name.substring(2)), list.get(0));
				}
				catch (NumberFormatException ex) {
					// not a narrative of this form; ignored like any unknown parameter
				}
			}
		});
		return narratives;
	}

}
