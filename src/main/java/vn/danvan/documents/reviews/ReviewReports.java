package vn.danvan.documents.reviews;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.analytics.Analytics;
import vn.danvan.analytics.AnalyticsException;
import vn.danvan.analytics.Dashboard;
import vn.danvan.analytics.Figure;
import vn.danvan.analytics.Inclusion;
import vn.danvan.analytics.View;
import vn.danvan.reporting.Catalogue;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.Periods;
import vn.danvan.reporting.Permissions;
import vn.danvan.reporting.Section;
import vn.danvan.reporting.Submissions;
import vn.danvan.reporting.TemplateStructure;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.shared.text.TextLimits;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.units.Unit;
import vn.danvan.units.UnitScope;
import vn.danvan.units.Units;
import vn.danvan.documents.IssueCheck;
import vn.danvan.documents.IssueRefusedException;
import vn.danvan.documents.IssueRequest;
import vn.danvan.documents.IssuedDocument;
import vn.danvan.documents.ReviewDraft;
import vn.danvan.documents.docx.DocxWriter;
import vn.danvan.documents.docx.ReportDocument;
import vn.danvan.documents.docx.XlsxWriter;
import vn.danvan.documents.profiles.FormatProfile;
import vn.danvan.documents.profiles.FormatProfiles;
import vn.danvan.documents.sentences.FigureSentences;
import vn.danvan.shared.errors.ConflictException;
import vn.danvan.shared.errors.ForbiddenException;
import vn.danvan.shared.errors.InvalidRequestException;
import vn.danvan.shared.errors.NotFoundException;
import vn.danvan.shared.errors.RejectedException;

/**
 * The review report (báo cáo sơ kết / tổng kết) of a unit for a period: composed as a
 * draft from the template's sections, the unit's own narrative, the figures added up by
 * analytics written as sentences, and the narratives of the units directly below; saved
 * in versions with a version check; issued once with a number from the register. Figures
 * include every handed-in report (submitted and approved), as the tree was.
 */
@Service
public class ReviewReports {

	/**
	 * A document is dated at most this many years back (from 1 January), and at most a
	 * year ahead.
	 */
	static final int EARLIEST_YEARS_BACK = 5;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final DraftRepository drafts;

	private final RegisterRepository register;

	private final FormatProfiles profiles;

	private final Analytics analytics;

	private final Periods periods;

	private final Submissions submissions;

	private final Catalogue catalogue;

	private final Units units;

	private final UnitScope scope;

	private final ApplicationEventPublisher events;

	private final IssueChecks checks;

	ReviewReports(DraftRepository drafts, RegisterRepository register, FormatProfiles profiles, Analytics analytics,
			Periods periods, Submissions submissions, Catalogue catalogue, Units units, UnitScope scope,
			ApplicationEventPublisher events, IssueChecks checks) {
		this.drafts = drafts;
		this.register = register;
		this.profiles = profiles;
		this.analytics = analytics;
		this.periods = periods;
		this.submissions = submissions;
		this.catalogue = catalogue;
		this.units = units;
		this.scope = scope;
		this.events = events;
		this.checks = checks;
	}

	/**
	 * Commission officers and administrators write review reports.
	 */
	public static boolean composes(ScopedUser user) {
		return Permissions.administers(user);
	}

	/**
	 * The units a user may compose for: their own and those directly below it (for a user
	 * without a unit, the top of the tree and the units below it).
	 */
	@Transactional(readOnly = true)
	public List<Unit> units(ScopedUser user) {
		LocalDate today = UnitScope.today();
		List<Unit> roots = (user.scopeUnitId() != null) ? this.units.find(user.scopeUnitId(), today).stream().toList()
				: this.units.roots(today);
		List<Unit> all = new ArrayList<>(roots);
		for (Unit root : roots) {
			all.addAll(sorted(this.units.children(root.id(), today)));
		}
		return all;
	}

	@Transactional(readOnly = true)
	public List<Period> periods(ScopedUser user) {
		return this.periods.list(user);
	}

	/**
	 * Composes a new draft.
	 * @throws DanvanException 404 for a unit or period unknown or outside the scope, 422
	 * when no unit has handed in a report for the period yet, 403 for a user who does not
	 * compose reports
	 */
	@Transactional
	public ReviewDraft compose(ScopedUser user, long unitId, long periodId) {
		requireComposer(user);
		Dashboard dashboard = dashboard(user, unitId, periodId);
		Period period = dashboard.period();
		if (dashboard.coverage().handedIn() == 0) {
			throw new RejectedException(null, "documents.error.noSubmissions", period.name(), dashboard.unit().name());
		}
		TemplateStructure structure = this.catalogue.structure(period.templateVersionId());
		LocalDate date = Periods.unitDate(period);
		List<Unit> below = sorted(this.units.children(unitId, date));
		List<Long> ids = new ArrayList<>(below.stream().map(Unit::id).toList());
		ids.add(unitId);
		Map<Long, Submissions.UnitNarratives> narratives = this.submissions.narratives(periodId, ids)
			.stream()
			.collect(Collectors.toMap(Submissions.UnitNarratives::unitId, Function.identity()));
		Submissions.UnitNarratives own = narratives.get(unitId);
		Map<Long, List<Figure>> figuresBySection = new LinkedHashMap<>();
		for (Dashboard.Part part : dashboard.parts()) {
			figuresBySection.put(part.section().id(), part.figures());
		}
		List<ReviewDraft.Section> sections = new ArrayList<>();
		int position = 0;
		java.util.Optional<String> coverageNote = FigureSentences.coverageNote(dashboard);
		Map<Long, Long> partOf = partOf();
		for (Section section : structure.sections()) {
			String ownText = (own != null) ? own.narratives().getOrDefault(section.id(), "") : "";
			List<Figure> figures = figuresBySection.getOrDefault(section.id(), List.of());
			String sentences = figures.isEmpty() ? "" : FigureSentences.of(dashboard, figures, partOf);
			if (!sentences.isEmpty() && coverageNote.isPresent()) {
				sentences = coverageNote.get() + "\n" + sentences;
				coverageNote = java.util.Optional.empty();
			}
			String body = join(ownText, sentences);
			List<ReviewDraft.Compiled> compiled = new ArrayList<>();
			for (Unit unit : below) {
				Submissions.UnitNarratives theirs = narratives.get(unit.id());
				if (theirs == null || theirs.state() == null || !theirs.state().handedIn()) {
					continue;
				}
				String text = theirs.narratives().get(section.id());
				if (text != null && !text.isBlank()) {
					compiled.add(new ReviewDraft.Compiled(unit.id(), unit.name(), text.strip()));
				}
			}
			sections.add(new ReviewDraft.Section(position++, section.id(), section.depth(), section.label(),
					section.title(), section.narrative(), body, sentences, compiled));
		}
		String summary = ReviewDocumentTexts.summary(period);
		long id = this.drafts.insert(unitId, periodId, this.profiles.current().label("typeName"), summary,
				user.getUsername());
		this.drafts.insertSections(id, sections);
		this.drafts.insertVersion(id, 1, user.getUsername(), bodies(sections));
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("period", periodId);
		details.put("sections", sections.size());
		details.put("handedIn", dashboard.coverage().handedIn());
		details.put("compiledUnits",
				sections.stream()
					.flatMap((s) -> s.compiled().stream())
					.map(ReviewDraft.Compiled::unitId)
					.distinct()
					.count());
		this.events.publishEvent(new ReviewDraftComposed(user.getUsername(), id, unitId, details));
		return get(user, id);
	}

	/**
	 * @throws DanvanException 404 when the draft does not exist or its unit lies outside
	 * the user's scope
	 */
	@Transactional(readOnly = true)
	public ReviewDraft get(ScopedUser user, long draftId) {
		DraftRepository.Row row = visibleDraft(user, draftId, false);
		return draft(row, this.drafts.sections(draftId));
	}

	@Transactional(readOnly = true)
	public List<ReviewDraft.Version> versions(ScopedUser user, long draftId) {
		visibleDraft(user, draftId, false);
		return this.drafts.versions(draftId);
	}

	/**
	 * The drafts of units in the user's scope (their unit and the units directly below),
	 * latest first.
	 */
	@Transactional(readOnly = true)
	public List<ReviewDraft> recent(ScopedUser user) {
		List<Long> ids = units(user).stream().map(Unit::id).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.drafts.ofUnits(ids, 30).stream().map((row) -> draft(row, List.of())).toList();
	}

	/**
	 * Saves the texts of sections (by section id), the title and summary, if the draft is
	 * still at {@code expectedVersion}; every save is a version.
	 * @throws DanvanException 409 when someone saved in between or the draft was issued
	 */
	@Transactional
	public ReviewDraft save(ScopedUser user, long draftId, int expectedVersion, String summary,
			Map<Long, String> bodies) {
		requireComposer(user);
		DraftRepository.Row row = visibleDraft(user, draftId, true);
		if (row.state() == ReviewDraft.State.ISSUED) {
			throw new ConflictException("documents.error.draftIssued");
		}
		if (row.version() != expectedVersion) {
			throw new ConflictException("documents.error.draftChanged", row.updatedBy(),
					vn.danvan.shared.time.VietnamTime.formatDateTime(row.updatedAt()), row.version());
		}
		Map<Long, String> current = this.drafts.bodies(draftId);
		Map<Long, String> changed = new LinkedHashMap<>();
		if (bodies != null) {
			bodies.forEach((sectionId, text) -> {
				if (!current.containsKey(sectionId)) {
					throw new InvalidRequestException(null, "documents.error.sectionUnknown", sectionId);
				}
				String clean = (text != null) ? text.replace("\r\n", "\n").strip() : "";
				if (TextLimits.problem(clean, TextLimits.NARRATIVE) != null) {
					throw new RejectedException(null, "documents.error.sectionTooLong", TextLimits.NARRATIVE);
				}
				if (!clean.equals(current.get(sectionId))) {
					changed.put(sectionId, clean);
				}
			});
		}
		String newSummary = (summary != null) ? VietnameseText.clean(summary) : row.summary();
		if (TextLimits.problem(newSummary, TextLimits.SUMMARY) != null) {
			throw new RejectedException(null, "documents.error.summaryTooLong", TextLimits.SUMMARY);
		}
		if (newSummary.isEmpty()) {
			throw new InvalidRequestException(null, "documents.error.summaryRequired");
		}
		if (changed.isEmpty() && newSummary.equals(row.summary())) {
			return get(user, draftId);
		}
		if (!this.drafts.save(draftId, expectedVersion, row.title(), newSummary, changed, user.getUsername())) {
			throw new ConflictException("documents.error.draftChanged", row.updatedBy(),
					vn.danvan.shared.time.VietnamTime.formatDateTime(row.updatedAt()), row.version());
		}
		current.putAll(changed);
		this.drafts.insertVersion(draftId, expectedVersion + 1, user.getUsername(), current);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("version", expectedVersion + 1);
		details.put("sections", changed.keySet());
		this.events.publishEvent(new ReviewDraftSaved(user.getUsername(), draftId, row.unitId(), details));
		return get(user, draftId);
	}

	/**
	 * Issues the draft: a number from the register of the issuing body (as of the
	 * document's date) for the year, the DOCX and its appendix as XLSX stored with it. A
	 * draft is issued once: issuing it again answers the document it already has.
	 * @throws DanvanException 400 without a signer's name, 409 when the draft changed
	 * since the version given, 422 when no issuing body of the profile fits the unit on
	 * that date
	 */
	@Transactional
	public Issued issue(ScopedUser user, long draftId, IssueRequest request) {
		requireComposer(user);
		DraftRepository.Row row = visibleDraft(user, draftId, true);
		if (row.state() == ReviewDraft.State.ISSUED) {
			IssuedDocument existing = this.register.findByDraft(draftId).orElseThrow();
			return new Issued(existing, false);
		}
		if (request.expectedVersion() != null && request.expectedVersion() != row.version()) {
			throw new ConflictException("documents.error.draftChanged", row.updatedBy(),
					vn.danvan.shared.time.VietnamTime.formatDateTime(row.updatedAt()), row.version());
		}
		String signerName = VietnameseText.clean(request.signerName());
		if (signerName == null || signerName.isEmpty()) {
			throw new InvalidRequestException(null, "documents.error.signerRequired");
		}
		IssueRequest.Signer signer = Objects.requireNonNullElse(request.signer(), IssueRequest.Signer.HEAD);
		LocalDate date = (request.date() != null) ? request.date() : UnitScope.today();
		LocalDate earliest = UnitScope.today().minusYears(EARLIEST_YEARS_BACK).withDayOfYear(1);
		LocalDate latest = UnitScope.today().plusYears(1);
		if (date.isBefore(earliest) || date.isAfter(latest)) {
			throw new RejectedException(null, "documents.error.dateOutOfRange",
					vn.danvan.shared.time.VietnamTime.DATE.format(earliest),
					vn.danvan.shared.time.VietnamTime.DATE.format(latest));
		}
		Unit unit = this.units.find(row.unitId(), date)
			.orElseThrow(() -> new RejectedException(null, "documents.error.unitNotOnDate",
					vn.danvan.shared.time.VietnamTime.DATE.format(date)));
		FormatProfile profile = this.profiles.current();
		FormatProfile.Body body = profile.bodyOf(unit, date);
		if (body == null) {
			throw new RejectedException(null, "documents.error.noIssuingBody", unit.name(),
					vn.danvan.shared.time.VietnamTime.DATE.format(date));
		}
		Unit parent = (unit.parentId() != null) ? this.units.find(unit.parentId(), date).orElse(null) : null;
		String superior = ReviewDocumentTexts.fill(body.superior(), unit, parent);
		String issuing = ReviewDocumentTexts.fill(body.issuing(), unit, parent);
		int number = this.register.next(unit.id(), body.symbol(), date.getYear());
		String numberText = profile.label("number") + " " + number + "-" + profile.label("typeAbbreviation") + "/"
				+ body.symbol();
		Dashboard dashboard = dashboard(user, row.unitId(), row.periodId());
		List<ReviewDraft.Section> sections = this.drafts.sections(draftId);
		IssueCheck check = this.checks.check(user, row, dashboard, sections);
		String reason = VietnameseText.clean(request.reason());
		if (!check.clean() && !request.confirmed()) {
			throw new IssueRefusedException("documents.error.checkBeforeIssue", check);
		}
		if (check.reasonRequired() && (reason == null || reason.isEmpty())) {
			throw new IssueRefusedException("documents.error.reasonRequired", check);
		}
		String fileName = ReviewDocumentTexts.fileName(profile, row.summary(), unit);
		ReportDocument report = new ReportDocument(profile, superior, issuing, numberText,
				ReviewDocumentTexts.placeDate(profile, ReviewDocumentTexts.fill(body.place(), unit, parent), date),
				profile.label("typeName"), ReviewDocumentTexts.capitalised(row.summary()),
				ReviewDocumentTexts.blocks(sections), ReviewDocumentTexts.authority(profile, body.signing(), signer),
				signerName, ReviewDocumentTexts.recipients(profile, request.recipients()),
				ReviewDocumentTexts.appendix(profile, dashboard, numberText, fileName));
		byte[] docx = DocxWriter.write(report);
		byte[] xlsx = XlsxWriter.write(report);
		String title = profile.label("typeName") + " " + row.summary();
		long id = this.register.insert(draftId, unit.id(), row.periodId(), body.symbol(), date.getYear(), number,
				numberText, date, issuing, title, docx, xlsx, user.getUsername(), fileName, IssueChecks.json(check),
				check.reasonRequired() ? reason : null);
		this.drafts.markIssued(draftId);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("number", numberText);
		details.put("date", date.toString());
		details.put("draft", draftId);
		details.put("draftVersion", row.version());
		details.put("profile", profile.code() + " v" + profile.version());
		if (!check.clean()) {
			details.put("confirmed", check.findings().stream().map((f) -> f.kind().name()).distinct().toList());
		}
		if (check.reasonRequired()) {
			details.put("reason", reason);
		}
		this.events.publishEvent(new DocumentIssued(user.getUsername(), id, unit.id(), details));
		return new Issued(this.register.find(id).orElseThrow(), true);
	}

	/**
	 * What the draft still lacks before it is issued (shown by "Ban hành" before the
	 * officer confirms).
	 * @throws DanvanException 404 when the draft is unknown or outside the scope
	 */
	@Transactional(readOnly = true)
	public IssueCheck check(ScopedUser user, long draftId) {
		DraftRepository.Row row = visibleDraft(user, draftId, false);
		return this.checks.check(user, row, dashboard(user, row.unitId(), row.periodId()),
				this.drafts.sections(draftId));
	}

	/**
	 * An issued document, and whether this call issued it (false: it had been issued
	 * before).
	 */
	public record Issued(IssuedDocument document, boolean created) {
	}

	/**
	 * For each indicator bounded by another ("not greater than"), that other: where a
	 * "Trong đó: …" figure is written under.
	 */
	private Map<Long, Long> partOf() {
		Map<Long, Long> partOf = new java.util.HashMap<>();
		for (vn.danvan.reporting.Rule rule : this.catalogue.rules()) {
			if (rule.kind() == vn.danvan.reporting.Rule.Kind.NOT_GREATER_THAN && rule.otherIndicatorId() != null) {
				partOf.putIfAbsent(rule.indicatorId(), rule.otherIndicatorId());
			}
		}
		return partOf;
	}

	private Dashboard dashboard(ScopedUser user, long unitId, long periodId) {
		try {
			this.periods.get(user, periodId);
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("documents.error.periodNotFound", periodId);
		}
		try {
			return this.analytics.dashboard(user, unitId, periodId, View.AS_WAS, Inclusion.SUBMITTED);
		}
		catch (AnalyticsException ex) {
			// Not analytics' message key: ask reporting whether the period still exists
			// (it was just read above, so analytics refused the unit unless it vanished).
			if (this.periods.find(periodId).isEmpty()) {
				throw new NotFoundException("documents.error.periodNotFound", periodId);
			}
			throw new NotFoundException("documents.error.unitNotFound", unitId);
		}
	}

	private DraftRepository.Row visibleDraft(ScopedUser user, long draftId, boolean lock) {
		DraftRepository.Row row = this.drafts.find(draftId, lock)
			.orElseThrow(() -> new NotFoundException("documents.error.draftNotFound", draftId));
		if (!this.scope.canSeeHistorical(user, row.unitId())) {
			throw new NotFoundException("documents.error.draftNotFound", draftId);
		}
		return row;
	}

	private static void requireComposer(ScopedUser user) {
		if (!composes(user)) {
			throw new ForbiddenException("documents.error.notComposer");
		}
	}

	private ReviewDraft draft(DraftRepository.Row row, List<ReviewDraft.Section> sections) {
		Period period = this.periods.find(row.periodId()).orElse(null);
		Unit unit = this.units.find(row.unitId(), (period != null) ? Periods.unitDate(period) : UnitScope.today())
			.or(() -> this.units.history(row.unitId()).versions().stream().reduce((a, b) -> b))
			.orElse(null);
		return new ReviewDraft(row.id(), row.unitId(), (unit != null) ? unit.name() : "#" + row.unitId(),
				row.periodId(), (period != null) ? period.name() : "#" + row.periodId(), row.title(), row.summary(),
				row.version(), row.state(), row.documentId(), row.updatedBy(), row.updatedAt(), sections);
	}

	private static Map<Long, String> bodies(List<ReviewDraft.Section> sections) {
		Map<Long, String> bodies = new LinkedHashMap<>();
		sections.forEach((s) -> bodies.put(s.sectionId(), s.body()));
		return bodies;
	}

	private static String join(String first, String second) {
		String a = (first != null) ? first.strip() : "";
		String b = (second != null) ? second.strip() : "";
		if (a.isEmpty()) {
			return b;
		}
		return b.isEmpty() ? a : a + "\n" + b;
	}

	private static List<Unit> sorted(List<Unit> units) {
		Collator collator = Collator.getInstance(VIETNAMESE);
		return units.stream().sorted(Comparator.comparing(Unit::name, collator)).toList();
	}

}
