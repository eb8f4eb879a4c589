package vn.danvan.reporting;

import vn.danvan.reporting.submissions.SubmissionSaved;
import vn.danvan.reporting.submissions.SubmissionStateChanged;

import vn.danvan.reporting.submissions.ComputedCellKeys;
import vn.danvan.reporting.submissions.SubmissionConflictException;
import vn.danvan.reporting.submissions.SubmissionInvalidException;
import vn.danvan.reporting.submissions.SubmissionValidator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.security.ScopedUser;
import vn.danvan.reporting.SubmissionRepository.Locked;
import vn.danvan.units.UnitScope;
import vn.danvan.shared.errors.ConflictException;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.errors.InvalidRequestException;
import vn.danvan.shared.errors.NotFoundException;
import vn.danvan.reporting.submissions.Revision;
import vn.danvan.reporting.submissions.Transition;
import vn.danvan.reporting.submissions.SubmissionContent;
import vn.danvan.reporting.submissions.SubmissionPreview;
import vn.danvan.reporting.submissions.FieldIssue;

/**
 * Units' reports: reading them within scope, saving values and narratives with a version
 * check, and the workflow submit → return or approve → reopen. Every save is a revision,
 * every state change a transition and an event.
 */
@Service
public class Submissions {

	/**
	 * The source of the saves by which the system writes the computed cells.
	 */
	private static final String COMPUTED = "COMPUTED";

	private final SubmissionRepository submissions;

	private final PeriodRepository periods;

	private final Catalogue catalogue;

	private final UnitScope scope;

	private final ApplicationEventPublisher events;

	private final Permissions permissions;

	private final ObjectProvider<ComputedCellKeys> computedKeys;

	Submissions(SubmissionRepository submissions, PeriodRepository periods, Catalogue catalogue, UnitScope scope,
			ApplicationEventPublisher events, Permissions permissions, ObjectProvider<ComputedCellKeys> computedKeys) {
		this.submissions = submissions;
		this.periods = periods;
		this.catalogue = catalogue;
		this.scope = scope;
		this.events = events;
		this.permissions = permissions;
		this.computedKeys = computedKeys;
	}

	/**
	 * @throws DanvanException 404 when the submission does not exist or its unit lies
	 * outside the user's scope
	 */
	@Transactional(readOnly = true)
	public Submission get(ScopedUser user, long submissionId) {
		Submission submission = this.submissions.find(submissionId)
			.orElseThrow(() -> new NotFoundException("reporting.error.notFound"));
		requireVisible(user, submission);
		return submission;
	}

	@Transactional(readOnly = true)
	public Optional<Submission> find(ScopedUser user, long periodId, long unitId) {
		return this.submissions.find(periodId, unitId).filter((s) -> visible(user, s));
	}

	@Transactional(readOnly = true)
	public Period period(Submission submission) {
		return this.periods.find(submission.periodId())
			.orElseThrow(() -> new NotFoundException("reporting.error.notFound"));
	}

	@Transactional(readOnly = true)
	public TemplateStructure structure(Submission submission) {
		return this.catalogue.structure(this.submissions.templateVersionId(submission.id()));
	}

	@Transactional(readOnly = true)
	public SubmissionContent content(Submission submission) {
		return this.submissions.content(submission.id(), structure(submission));
	}

	/**
	 * The same unit's report of the previous period of the same template and type, if
	 * any, read in this submission's template (indicators matched by code).
	 */
	@Transactional(readOnly = true)
	public Optional<PreviousReport> previous(Submission submission) {
		return previous(submission, period(submission));
	}

	private Optional<PreviousReport> previous(Submission submission, Period period) {
		return this.periods.previous(period)
			.flatMap((p) -> this.submissions.find(p.id(), submission.unitId())
				.map((s) -> new PreviousReport(p, s, this.submissions.content(s.id(), structure(s)))));
	}

	/**
	 * What stands in the way of submitting, and warnings.
	 */
	@Transactional(readOnly = true)
	public List<FieldIssue> issues(Submission submission) {
		Period period = period(submission);
		return issues(submission, period, structure(submission));
	}

	private List<FieldIssue> issues(Submission submission, Period period, TemplateStructure structure) {
		SubmissionContent previous = previous(submission, period).map(PreviousReport::content).orElse(null);
		return SubmissionValidator.check(structure, this.submissions.content(submission.id(), structure), previous);
	}

	/**
	 * The reports of the user's own unit, latest period first: what is due and what was
	 * handed in.
	 */
	@Transactional(readOnly = true)
	public List<DueReport> due(ScopedUser user) {
		if (user.scopeUnitId() == null) {
			return List.of();
		}
		return this.submissions.ofUnits(List.of(user.scopeUnitId()))
			.stream()
			.map((s) -> new DueReport(period(s), s))
			.sorted(java.util.Comparator.comparing((DueReport d) -> d.period().deadline()).reversed())
			.toList();
	}

	/**
	 * Every report of a unit in the user's scope, latest period first.
	 */
	@Transactional(readOnly = true)
	public List<Submission> ofUnit(ScopedUser user, long unitId) {
		return this.submissions.ofUnits(List.of(unitId))
			.stream()
			.filter((s) -> visible(user, s))
			.sorted(java.util.Comparator.comparing(Submission::periodId).reversed())
			.toList();
	}

	/**
	 * True when the user may edit the report now: one of its own unit's officers
	 * ({@link Permissions#mayEdit}), the report still editable and its period open.
	 */
	public boolean canEdit(ScopedUser user, Submission submission, Period period) {
		return this.permissions.mayEdit(user, submission) && submission.state().editable() && !period.closed()
				&& visible(user, submission);
	}

	/**
	 * True when the report is the user's own unit's and their role fills reports in
	 * ({@link Permissions#mayEdit}), whatever its state.
	 */
	public boolean ownReport(ScopedUser user, Submission submission) {
		return this.permissions.mayEdit(user, submission);
	}

	/**
	 * True when the user reviews the report: an officer of a unit above the report's
	 * ({@link Permissions#mayReview}).
	 */
	public boolean canReview(ScopedUser user, Submission submission) {
		return this.permissions.mayReview(user, submission) && visible(user, submission);
	}

	/**
	 * Saves values (by cell key, as typed or as numbers; blank clears) and narratives (by
	 * section id) if the submission is still at {@code expectedVersion}.
	 * @return the submission after the save (unchanged when nothing changed)
	 * @throws SubmissionConflictException when someone saved in between
	 * @throws SubmissionInvalidException when a value cannot be kept; nothing is saved
	 */
	@Transactional
	public Submission save(ScopedUser user, long submissionId, int expectedVersion, Map<String, ?> values,
			Map<Long, String> narratives, String source) {
		Locked locked = lockVisible(user, submissionId);
		Submission submission = locked.submission();
		Period period = locked.period();
		requireEditable(user, submission, period);
		requireVersion(submission, expectedVersion);
		TemplateStructure structure = structure(submission);
		SubmissionContent before = this.submissions.content(submission.id(), structure);
		// Only the system writes computed cells (its own source); by hand they are
		// refused.
		Set<String> computed = COMPUTED.equals(source) ? Set.of() : computedKeys(structure);
		// A draft keeps what was typed into a cell even when it cannot be read (it blocks
		// the hand-in), except
		// from an Excel file, whose values are checked in its preview, and from the
		// system.
		boolean keepRaw = !COMPUTED.equals(source) && !"EXCEL".equals(source);
		SubmissionContent after = SubmissionValidator.apply(structure, before, (values != null) ? values : Map.of(),
				(narratives != null) ? narratives : Map.of(), computed, keepRaw);
		List<Revision.Change> changes = RevisionChanges.between(structure, before, after);
		if (changes.isEmpty()) {
			return submission;
		}
		Map<String, TemplateStructure.Cell> cells = structure.cellsByKey();
		List<SubmissionRepository.CellValue> puts = new ArrayList<>();
		List<SubmissionRepository.CellValue> deletes = new ArrayList<>();
		Map<Long, String> bodies = new LinkedHashMap<>();
		for (Revision.Change change : changes) {
			if (change.field().startsWith("section-")) {
				long sectionId = Long.parseLong(change.field().substring("section-".length()));
				bodies.put(sectionId, after.narratives().get(sectionId));
				continue;
			}
			TemplateStructure.Cell cell = cells.get(change.field());
			var value = new SubmissionRepository.CellValue(cell.indicator().id(), cell.item(),
					after.numbers().get(change.field()), after.texts().get(change.field()),
					after.raw().get(change.field()));
			(value.empty() ? deletes : puts).add(value);
		}
		this.submissions.putValues(submission.id(), puts, deletes);
		this.submissions.putNarratives(submission.id(), bodies);
		Instant now = Instant.now();
		SubmissionState state = (submission.state() == SubmissionState.NOT_STARTED) ? SubmissionState.DRAFT
				: submission.state();
		Submission saved = this.submissions
			.advance(submission.id(), submission.version(), state, user.getUsername(), now, false)
			.orElseThrow();
		this.submissions.insertRevision(submission.id(), submission.version() + 1, user.getUsername(), now,
				(source != null) ? source : "FORM", changes);
		if (state != submission.state()) {
			this.submissions.insertTransition(submission.id(), submission.state(), state, user.getUsername(), now, "");
		}
		this.events.publishEvent(new SubmissionSaved(user.getUsername(), submission.id(), submission.unitId(),
				submission.version() + 1, changes.size(), (source != null) ? source : "FORM"));
		return saved;
	}

	/**
	 * What {@link #save} would change with these values and narratives, checked the same
	 * way, without saving anything. Values that cannot be kept are listed as errors; the
	 * others still show as changes.
	 * @throws DanvanException 404 outside the user's scope, 403 or 409 when the user may
	 * not edit the report now
	 */
	@Transactional(readOnly = true)
	public SubmissionPreview preview(ScopedUser user, long submissionId, Map<String, ?> values,
			Map<Long, String> narratives) {
		Submission submission = get(user, submissionId);
		Period period = period(submission);
		requireEditable(user, submission, period);
		TemplateStructure structure = structure(submission);
		SubmissionContent before = this.submissions.content(submission.id(), structure);
		Map<String, ?> typed = (values != null) ? values : Map.of();
		Map<Long, String> bodies = (narratives != null) ? narratives : Map.of();
		List<FieldIssue> errors = List.of();
		SubmissionContent after;
		try {
			after = SubmissionValidator.apply(structure, before, typed, bodies, computedKeys(structure));
		}
		catch (SubmissionInvalidException ex) {
			errors = ex.issues();
			Set<String> refused = new LinkedHashSet<>();
			errors.forEach((issue) -> refused.add(issue.field()));
			Map<String, Object> kept = new LinkedHashMap<>(typed);
			kept.keySet().removeAll(refused);
			Map<Long, String> keptBodies = new LinkedHashMap<>(bodies);
			keptBodies.keySet().removeIf((id) -> refused.contains(TemplateStructure.narrativeKey(id)));
			after = SubmissionValidator.apply(structure, before, kept, keptBodies, computedKeys(structure));
		}
		List<FieldIssue> checks = List.of();
		if (errors.isEmpty()) {
			SubmissionContent previous = previous(submission).map(PreviousReport::content).orElse(null);
			checks = SubmissionValidator.check(structure, after, previous);
		}
		return new SubmissionPreview(submission, RevisionChanges.between(structure, before, after), errors, checks);
	}

	@Transactional
	public Submission submit(ScopedUser user, long submissionId, Integer expectedVersion) {
		Locked locked = lockVisible(user, submissionId);
		Submission submission = locked.submission();
		Period period = locked.period();
		requireEditable(user, submission, period);
		requireVersion(submission, expectedVersion);
		TemplateStructure structure = structure(submission);
		// The previous period matters here only when a comparison with it is an error.
		SubmissionContent previous = structure.comparesWithPreviousAsError()
				? previous(submission, period).map(PreviousReport::content).orElse(null) : null;
		List<FieldIssue> errors = SubmissionValidator
			.check(structure, this.submissions.content(submission.id(), structure), previous)
			.stream()
			.filter(FieldIssue::error)
			.toList();
		if (!errors.isEmpty()) {
			throw new SubmissionInvalidException("reporting.error.cannotSubmit", errors);
		}
		Instant now = Instant.now();
		Submission after = transition(user, submission, SubmissionState.SUBMITTED, "", now, true);
		this.events.publishEvent(new SubmissionSubmitted(submission.id(), submission.periodId(), submission.unitId(),
				after.version(), this.submissions.reportedValues(submission.id()), user.getUsername(), now));
		return after;
	}

	@Transactional
	public Submission returnToUnit(ScopedUser user, long submissionId, String comment, Integer expectedVersion) {
		Submission submission = lockForReview(user, submissionId, SubmissionState.SUBMITTED);
		requireVersion(submission, expectedVersion);
		String text = required(comment, "reporting.error.commentRequired");
		Instant now = Instant.now();
		Submission after = transition(user, submission, SubmissionState.RETURNED, text, now, false);
		this.events.publishEvent(new SubmissionReturned(submission.id(), submission.periodId(), submission.unitId(),
				after.version(), this.submissions.reportedValues(submission.id()), user.getUsername(), now, text));
		return after;
	}

	@Transactional
	public Submission approve(ScopedUser user, long submissionId, Integer expectedVersion) {
		Submission submission = lockForReview(user, submissionId, SubmissionState.SUBMITTED);
		requireVersion(submission, expectedVersion);
		Instant now = Instant.now();
		Submission after = transition(user, submission, SubmissionState.APPROVED, "", now, false);
		this.events.publishEvent(new SubmissionApproved(submission.id(), submission.periodId(), submission.unitId(),
				after.version(), this.submissions.reportedValues(submission.id()), user.getUsername(), now));
		return after;
	}

	/**
	 * Reopens an approved report so the unit can correct it; the reason is required and
	 * audited.
	 */
	@Transactional
	public Submission reopen(ScopedUser user, long submissionId, String reason, Integer expectedVersion) {
		Submission submission = lockForReview(user, submissionId, SubmissionState.APPROVED);
		requireVersion(submission, expectedVersion);
		String text = required(reason, "reporting.error.reasonRequired");
		Instant now = Instant.now();
		Submission after = transition(user, submission, SubmissionState.RETURNED, text, now, false);
		this.events.publishEvent(new SubmissionReopened(submission.id(), submission.periodId(), submission.unitId(),
				after.version(), this.submissions.reportedValues(submission.id()), user.getUsername(), now, text));
		return after;
	}

	/**
	 * The narratives of the given units' reports for a period, by unit, in one read:
	 * without a scope check, for modules that decide scope themselves (the review report
	 * compiles the narratives of the units below).
	 */
	@Transactional(readOnly = true)
	public List<UnitNarratives> narratives(long periodId, java.util.Collection<Long> unitIds) {
		return this.submissions.narratives(periodId, unitIds);
	}

	@Transactional(readOnly = true)
	public List<Revision> revisions(ScopedUser user, long submissionId) {
		get(user, submissionId);
		return this.submissions.revisions(submissionId, 0);
	}

	@Transactional(readOnly = true)
	public List<Transition> transitions(ScopedUser user, long submissionId) {
		get(user, submissionId);
		return this.submissions.transitions(submissionId);
	}

	private Set<String> computedKeys(TemplateStructure structure) {
		ComputedCellKeys keys = this.computedKeys.getIfAvailable();
		return (keys != null) ? keys.keys(structure) : Set.of();
	}

	private Submission transition(ScopedUser user, Submission submission, SubmissionState to, String comment,
			Instant now, boolean submitted) {
		Submission after = this.submissions
			.advance(submission.id(), submission.version(), to, user.getUsername(), now, submitted)
			.orElseThrow();
		this.submissions.insertTransition(submission.id(), submission.state(), to, user.getUsername(), now, comment);
		this.events.publishEvent(new SubmissionStateChanged(user.getUsername(), submission.id(), submission.unitId(),
				submission.periodId(), submission.state(), to, comment));
		return after;
	}

	/**
	 * Locks the submission and reads its period once, for the scope check and the checks
	 * that follow.
	 */
	private Locked lockVisible(ScopedUser user, long submissionId) {
		Locked locked = this.submissions.lock(submissionId)
			.orElseThrow(() -> new NotFoundException("reporting.error.notFound"));
		if (!this.scope.canSeeOn(user, locked.submission().unitId(), Periods.unitDate(locked.period()))) {
			throw new NotFoundException("reporting.error.notFound");
		}
		return locked;
	}

	private Submission lockForReview(ScopedUser user, long submissionId, SubmissionState required) {
		Submission submission = lockVisible(user, submissionId).submission();
		if (!canReview(user, submission)) {
			throw new ForbiddenException("reporting.error.notReviewer");
		}
		if (submission.state() != required) {
			throw new ConflictException("reporting.error.stateNotAllowed",
					new DefaultMessageSourceResolvable(submission.state().messageKey()));
		}
		return submission;
	}

	private void requireEditable(ScopedUser user, Submission submission, Period period) {
		if (!Permissions.reports(user)) {
			throw new ForbiddenException("reporting.error.notAllowed");
		}
		if (!this.permissions.mayEdit(user, submission)) {
			throw new ForbiddenException("reporting.error.notOwnReport");
		}
		if (period.closed()) {
			throw new ConflictException("reporting.error.periodClosed", period.name());
		}
		if (!submission.state().editable()) {
			throw new ConflictException("reporting.error.notEditable",
					new DefaultMessageSourceResolvable(submission.state().messageKey()));
		}
	}

	private void requireVersion(Submission submission, Integer expectedVersion) {
		if (expectedVersion != null && expectedVersion != submission.version()) {
			throw new SubmissionConflictException(submission.version(),
					this.submissions.revisions(submission.id(), expectedVersion));
		}
	}

	private void requireVisible(ScopedUser user, Submission submission) {
		if (!visible(user, submission)) {
			throw new NotFoundException("reporting.error.notFound");
		}
	}

	private boolean visible(ScopedUser user, Submission submission) {
		LocalDate date = this.periods.find(submission.periodId()).map(Periods::unitDate).orElse(UnitScope.today());
		return this.scope.canSeeOn(user, submission.unitId(), date);
	}

	private static String required(String text, String messageKey) {
		String clean = (text != null) ? text.strip() : "";
		if (clean.isEmpty()) {
			throw new InvalidRequestException(null, messageKey);
		}
		if (clean.length() > 4000) {
			throw new InvalidRequestException(null, "reporting.invalid.textTooLong", 4000);
		}
		return clean;
	}

	/**
	 * A report of the user's unit with its period.
	 */
	public record DueReport(Period period, Submission submission) {
	}

	/**
	 * The unit's report of the previous period.
	 */
	public record PreviousReport(Period period, Submission submission, SubmissionContent content) {
	}

	/**
	 * A unit's report of a period with its narratives by section id.
	 */
	public record UnitNarratives(long unitId, long submissionId, SubmissionState state, Map<Long, String> narratives) {
	}

}
