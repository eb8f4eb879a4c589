package vn.danvan.reporting.submissions;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.danvan.accounts.SignedInUser;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.Submission;
import vn.danvan.reporting.Submissions;
import vn.danvan.reporting.computed.ComputedFigures;
import vn.danvan.reporting.TemplateStructure;
import vn.danvan.reporting.ValueType;
import vn.danvan.shared.errors.InvalidRequestException;

/**
 * Units' reports over HTTP: read, save values and narratives with the version read, and
 * move them through submit, return, approve and reopen.
 */
@RestController
@RequestMapping("/api/v1/submissions")
class SubmissionsApiController implements ReportingApi {

	private final Submissions submissions;

	private final Periods periods;

	private final MessageSource messages;

	private final ComputedFigures computed;

	SubmissionsApiController(Submissions submissions, Periods periods, MessageSource messages,
			ComputedFigures computed) {
		this.submissions = submissions;
		this.periods = periods;
		this.messages = messages;
		this.computed = computed;
	}

	/**
	 * The reports of a period (those in scope), of a unit, or of a unit in a period.
	 */
	@GetMapping
	List<Map<String, Object>> list(@RequestParam(required = false) Long period,
			@RequestParam(required = false) Long unit, @AuthenticationPrincipal SignedInUser user) {
		if (period == null && unit == null) {
			throw new InvalidRequestException(null, "reporting.error.periodOrUnitRequired");
		}
		if (period != null) {
			return this.periods.statuses(user, period)
				.stream()
				.filter((s) -> unit == null || s.unitId() == unit)
				.map((s) -> summary(this.submissions.get(user, s.submissionId()), s.unitName(), s.late()))
				.toList();
		}
		return this.submissions.ofUnit(user, unit).stream().map((s) -> summary(s, null, null)).toList();
	}

	@GetMapping("/{id}")
	Map<String, Object> get(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Locale locale) {
		return full(this.submissions.get(user, id), locale);
	}

	@PutMapping("/{id}")
	Map<String, Object> save(@PathVariable long id, @RequestBody SaveRequest request,
			@AuthenticationPrincipal SignedInUser user, Locale locale) {
		if (request.version() == null) {
			throw new InvalidRequestException(null, "reporting.error.versionRequired");
		}
		Map<Long, String> narratives = new LinkedHashMap<>();
		if (request.narratives() != null) {
			request.narratives().forEach((section, text) -> {
				try {
					narratives.put(Long.parseLong(section), text);
				}
				catch (NumberFormatException ex) {
					throw new InvalidRequestException(null, "reporting.invalid.unknownField", section);
				}
			});
		}
		Submission saved = this.submissions.save(user, id, request.version(),
				(request.values() != null) ? request.values() : Map.of(), narratives, "API");
		return full(saved, locale);
	}

	@PostMapping("/{id}/submit")
	Map<String, Object> submit(@PathVariable long id, @RequestBody(required = false) ActionRequest request,
			@AuthenticationPrincipal SignedInUser user, Locale locale) {
		return full(this.computed.handIn(user, id, version(request)), locale);
	}

	@PostMapping("/{id}/return")
	Map<String, Object> returnToUnit(@PathVariable long id, @RequestBody(required = false) ActionRequest request,
			@AuthenticationPrincipal SignedInUser user, Locale locale) {
		return full(
				this.submissions.returnToUnit(user, id, (request != null) ? request.comment() : null, version(request)),
				locale);
	}

	@PostMapping("/{id}/approve")
	Map<String, Object> approve(@PathVariable long id, @RequestBody(required = false) ActionRequest request,
			@AuthenticationPrincipal SignedInUser user, Locale locale) {
		return full(this.submissions.approve(user, id, version(request)), locale);
	}

	@PostMapping("/{id}/reopen")
	Map<String, Object> reopen(@PathVariable long id, @RequestBody(required = false) ActionRequest request,
			@AuthenticationPrincipal SignedInUser user, Locale locale) {
		return full(this.submissions.reopen(user, id, (request != null) ? request.reason() : null, version(request)),
				locale);
	}

	private static Integer version(ActionRequest request) {
		return (request != null) ? request.version() : null;
	}

	private Map<String, Object> summary(Submission s, String unitName, Boolean late) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", s.id());
		body.put("periodId", s.periodId());
		body.put("unitId", s.unitId());
		if (unitName != null) {
			body.put("unitName", unitName);
		}
		body.put("state", s.state().name());
		body.put("version", s.version());
		body.put("updatedAt", s.updatedAt());
		body.put("updatedBy", s.updatedBy());
		body.put("submittedAt", s.submittedAt());
		if (late != null) {
			body.put("late", late);
		}
		return body;
	}

	private Map<String, Object> full(Submission s, Locale locale) {
		Map<String, Object> body = summary(s, null, null);
		TemplateStructure structure = this.submissions.structure(s);
		SubmissionContent content = this.submissions.content(s);
		Map<String, Object> values = new LinkedHashMap<>();
		for (TemplateStructure.Cell cell : structure.cells()) {
			BigDecimal number = content.numbers().get(cell.key());
			if (number != null) {
				values.put(cell.key(),
						(cell.indicator().valueType() == ValueType.BOOLEAN) ? (Object) (number.signum() != 0) : number);
			}
			else if (content.texts().containsKey(cell.key())) {
				values.put(cell.key(), content.texts().get(cell.key()));
			}
		}
		body.put("templateVersionId", structure.versionId());
		body.put("values", values);
		// What a draft keeps of a cell whose typed text could not be read: listed in
		// issues, blocks the hand-in.
		body.put("invalidValues", content.raw());
		Map<String, String> narratives = new LinkedHashMap<>();
		content.narratives().forEach((section, text) -> narratives.put(String.valueOf(section), text));
		body.put("narratives", narratives);
		body.put("issues", this.submissions.issues(s).stream().map((issue) -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("field", issue.field());
			item.put("severity", issue.severity().name());
			item.put("message", this.messages.getMessage(issue.messageKey(), issue.arguments().toArray(),
					issue.messageKey(), locale));
			return item;
		}).toList());
		return body;
	}

	/**
	 * Values by cell key ({@code CODE} or {@code CODE.ITEM}) as numbers, booleans or text
	 * as typed; narratives by section id; the version the caller read.
	 */
	record SaveRequest(Integer version, Map<String, Object> values, Map<String, String> narratives) {
	}

	/**
	 * The version the caller read (optional), and the comment or reason where needed.
	 */
	record ActionRequest(Integer version, String comment, String reason) {
	}

}
