package vn.danvan.reporting.periods;

import vn.danvan.reporting.submissions.ReportingApi;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.danvan.accounts.SignedInUser;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.Periods;

/**
 * Reporting periods over HTTP: those the caller follows, one with every expected unit's
 * state, and opening one.
 */
@RestController
@RequestMapping("/api/v1/periods")
class PeriodsApiController implements ReportingApi {

	private final Periods periods;

	PeriodsApiController(Periods periods) {
		this.periods = periods;
	}

	@GetMapping
	List<Map<String, Object>> list(@AuthenticationPrincipal SignedInUser user) {
		return this.periods.list(user).stream().map(PeriodsApiController::summary).toList();
	}

	@GetMapping("/{id}")
	Map<String, Object> get(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
		Period period = this.periods.get(user, id);
		Map<String, Object> body = summary(period);
		body.put("templates", this.periods.structures(period).stream().map((structure) -> {
			Map<String, Object> template = new LinkedHashMap<>();
			template.put("templateId", structure.template().id());
			template.put("templateVersionId", structure.versionId());
			template.put("code", structure.template().code());
			template.put("name", structure.template().name());
			template.put("levels", structure.levels().stream().map(Enum::name).toList());
			template.put("kinds", structure.kinds().stream().map(Enum::name).toList());
			return template;
		}).toList());
		body.put("units", this.periods.statuses(user, id).stream().map((s) -> {
			Map<String, Object> unit = new LinkedHashMap<>();
			unit.put("unitId", s.unitId());
			unit.put("unitName", s.unitName());
			unit.put("submissionId", s.submissionId());
			unit.put("state", s.state().name());
			unit.put("late", s.late());
			unit.put("submittedAt", s.submittedAt());
			unit.put("templateVersionId", s.templateVersionId());
			return unit;
		}).toList());
		return body;
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> open(@RequestBody OpenPeriod request,
			@AuthenticationPrincipal SignedInUser user) {
		Period period = this.periods.open(user, request);
		return ResponseEntity.created(URI.create("/api/v1/periods/" + period.id())).body(summary(period));
	}

	static Map<String, Object> summary(Period p) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", p.id());
		body.put("name", p.name());
		body.put("type", p.type().name());
		body.put("templateId", p.templateId());
		body.put("templateVersionId", p.templateVersionId());
		body.put("templateName", p.templateName());
		body.put("windowFrom", p.windowFrom());
		body.put("windowTo", p.windowTo());
		body.put("deadline", p.deadline());
		body.put("closed", p.closed());
		body.put("ownerUnitId", p.ownerUnitId());
		return body;
	}

}
