package vn.danvan.documents.reviews;

import java.math.BigDecimal;
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
import vn.danvan.reporting.PeriodType;
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

	private static final List<String> NAME_PREFIXES = List.of("Thành phố ", "Tỉnh ", "Xã ", "Phường ", "Thị trấn ",
			"Đặc khu ", "Huyện ", "Quận ", "Thị xã ");

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

	ReviewReports(DraftRepository drafts, RegisterRepository register, FormatProfiles profiles, Analytics analytics,
			Periods periods, Submissions submissions, Catalogue catalogue, Units units, UnitScope scope,
			ApplicationEventPublisher events) {
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
		String summary = summary(period);
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
		String superior = fill(body.superior(), unit, parent);
		String issuing = fill(body.issuing(), unit, parent);
		int number = this.register.next(unit.id(), body.symbol(), date.getYear());
		String numberText = profile.label("number") + " " + number + "-" + profile.label("typeAbbreviation") + "/"
				+ body.symbol();
		Dashboard dashboard = dashboard(user, row.unitId(), row.periodId());
		List<ReviewDraft.Section> sections = this.drafts.sections(draftId);
		IssueCheck check = check(user, row, dashboard, sections);
		String reason = VietnameseText.clean(request.reason());
		if (!check.clean() && !request.confirmed()) {
			throw new IssueRefusedException("documents.error.checkBeforeIssue", check);
		}
		if (check.reasonRequired() && (reason == null || reason.isEmpty())) {
			throw new IssueRefusedException("documents.error.reasonRequired", check);
		}
		String fileName = fileName(profile, row.summary(), unit);
		ReportDocument report = new ReportDocument(profile, superior, issuing, numberText,
				placeDate(profile, fill(body.place(), unit, parent), date), profile.label("typeName"),
				capitalised(row.summary()), blocks(sections), authority(profile, body.signing(), signer), signerName,
				recipients(profile, request.recipients()), appendix(profile, dashboard, numberText, fileName));
		byte[] docx = DocxWriter.write(report);
		byte[] xlsx = XlsxWriter.write(report);
		String title = profile.label("typeName") + " " + row.summary();
		long id = this.register.insert(draftId, unit.id(), row.periodId(), body.symbol(), date.getYear(), number,
				numberText, date, issuing, title, docx, xlsx, user.getUsername(), fileName, checkJson(check),
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
		return check(user, row, dashboard(user, row.unitId(), row.periodId()), this.drafts.sections(draftId));
	}

	private IssueCheck check(ScopedUser user, DraftRepository.Row row, Dashboard dashboard,
			List<ReviewDraft.Section> sections) {
		List<IssueCheck.Finding> findings = new ArrayList<>();
		List<String> emptyMandatory = new ArrayList<>();
		for (int i = 0; i < sections.size(); i++) {
			ReviewDraft.Section section = sections.get(i);
			if (mandatory(section) && !written(sections, i)) {
				emptyMandatory.add(section.heading());
			}
		}
		if (!emptyMandatory.isEmpty()) {
			findings.add(new IssueCheck.Finding(IssueCheck.Kind.EMPTY_MANDATORY, "documents.check.emptyMandatory",
					List.of(String.join("; ", emptyMandatory))));
		}
		List<String> empty = new ArrayList<>();
		for (int i = 0; i < sections.size(); i++) {
			ReviewDraft.Section section = sections.get(i);
			if (section.narrative() && (section.body() == null || section.body().isBlank())) {
				empty.add(qualifiedHeading(sections, i));
			}
		}
		if (!empty.isEmpty()) {
			findings.add(new IssueCheck.Finding(IssueCheck.Kind.EMPTY_SECTIONS, "documents.check.emptySections",
					List.of(String.valueOf(empty.size()), String.join("; ", empty))));
		}
		int expected = dashboard.coverage().expected();
		int missing = expected - dashboard.coverage().handedIn();
		if (missing > 0) {
			List<String> names = this.analytics.unitsBelow(user, row.unitId(), row.periodId(), View.AS_WAS)
				.stream()
				.filter((u) -> u.coverage().handedIn() < u.coverage().expected())
				.map((u) -> (u.coverage().expected() > 1)
						? u.unit().name() + " (" + u.coverage().handedIn() + "/" + u.coverage().expected() + ")"
						: u.unit().name())
				.toList();
			findings.add(new IssueCheck.Finding(IssueCheck.Kind.UNITS_NOT_REPORTED, "documents.check.unitsNotReported",
					List.of(String.valueOf(missing), String.valueOf(expected), String.join(", ", names))));
		}
		// The report compares with one period (a year before, else the previous one): not
		// possible when neither has a unit in common with this one.
		Period other = (dashboard.lastYear() != null) ? dashboard.lastYear() : dashboard.previous();
		if (other != null && FigureSentences.baseline(dashboard) == null) {
			findings.add(new IssueCheck.Finding(IssueCheck.Kind.NO_COMPARISON, "documents.check.noComparison",
					List.of(other.name())));
		}
		List<String> returned = returned(user, row);
		if (!returned.isEmpty()) {
			findings.add(new IssueCheck.Finding(IssueCheck.Kind.RETURNED_REPORTS, "documents.check.returnedReports",
					List.of(String.valueOf(returned.size()), String.join(", ", returned))));
		}
		return new IssueCheck(findings, emptyMandatory);
	}

	/**
	 * The units under the draft's unit whose report was returned for correction and not
	 * handed in again: their figures are not counted (and a draft composed before they
	 * were returned may still write them).
	 */
	private List<String> returned(ScopedUser user, DraftRepository.Row row) {
		List<String> names = new ArrayList<>();
		Period period = this.periods.find(row.periodId()).orElse(null);
		if (period == null) {
			return names;
		}
		LocalDate date = Periods.unitDate(period);
		for (vn.danvan.reporting.UnitStatus status : this.periods.statuses(user, row.periodId())) {
			if (status.state() != vn.danvan.reporting.SubmissionState.RETURNED) {
				continue;
			}
			boolean below = status.unitId() == row.unitId()
					|| this.units.ancestors(status.unitId(), date).stream().anyMatch((u) -> u.id() == row.unitId());
			if (below) {
				names.add(status.unitName());
			}
		}
		return names;
	}

	/**
	 * Đánh giá chung and Phương hướng, nhiệm vụ: a review report is not complete without
	 * them.
	 */
	static boolean mandatory(ReviewDraft.Section section) {
		String folded = java.text.Normalizer
			.normalize(section.title().toLowerCase(VIETNAMESE), java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('đ', 'd')
			.strip();
		return folded.contains("danh gia chung") || folded.startsWith("phuong huong");
	}

	/**
	 * Whether a section or some section under it has text.
	 */
	static boolean written(List<ReviewDraft.Section> sections, int index) {
		ReviewDraft.Section section = sections.get(index);
		if (section.body() != null && !section.body().isBlank()) {
			return true;
		}
		for (int i = index + 1; i < sections.size() && sections.get(i).depth() > section.depth(); i++) {
			if (sections.get(i).body() != null && !sections.get(i).body().isBlank()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "1. Ưu điểm (III. Đánh giá chung)": a section's heading with the heading it lies
	 * under.
	 */
	private static String qualifiedHeading(List<ReviewDraft.Section> sections, int index) {
		ReviewDraft.Section section = sections.get(index);
		for (int i = index - 1; i >= 0; i--) {
			if (sections.get(i).depth() < section.depth() && sections.get(i).depth() > 0) {
				return section.heading() + " (" + sections.get(i).heading() + ")";
			}
			if (sections.get(i).depth() < section.depth()) {
				break;
			}
		}
		return section.heading();
	}

	private static String checkJson(IssueCheck check) {
		if (check.clean()) {
			return null;
		}
		StringBuilder json = new StringBuilder("[");
		for (IssueCheck.Finding finding : check.findings()) {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append("{\"kind\":\"")
				.append(finding.kind().name())
				.append("\",\"code\":\"")
				.append(finding.messageKey())
				.append("\",\"arguments\":[");
			for (int i = 0; i < finding.arguments().size(); i++) {
				json.append((i > 0) ? "," : "").append(quoted(finding.arguments().get(i)));
			}
			json.append("]}");
		}
		return json.append(']').toString();
	}

	private static String quoted(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	/**
	 * "Bao-cao-so-ket-6-thang-dau-nam-2026-Quang-Ngai": the type, the summary up to its
	 * first comma without "công tác dân vận", and the unit's short name, without
	 * diacritics.
	 */
	static String fileName(FormatProfile profile, String summary, Unit unit) {
		String head = summary.split(",", 2)[0].replace("công tác dân vận ", "");
		String text = profile.label("typeName").toLowerCase(VIETNAMESE) + " " + head + " " + shortName(unit);
		String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('Đ', 'D')
			.replace('đ', 'd');
		StringBuilder out = new StringBuilder();
		for (String word : plain.split("[^A-Za-z0-9]+")) {
			if (word.isEmpty()) {
				continue;
			}
			if (out.length() > 0) {
				out.append('-');
			}
			out.append(word);
		}
		String slug = out.toString();
		return slug.isEmpty() ? "bao-cao" : slug.substring(0, 1).toUpperCase(Locale.ROOT) + slug.substring(1);
	}

	/**
	 * An issued document, and whether this call issued it (false: it had been issued
	 * before).
	 */
	public record Issued(IssuedDocument document, boolean created) {
	}

	/**
	 * The recipients an officer starts from.
	 */
	public static List<String> defaultRecipients() {
		return List.of("Ban Tuyên giáo và Dân vận cấp trên (để báo cáo)", "Thường trực cấp ủy (để báo cáo)",
				"Các đơn vị trực thuộc");
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

	private static List<ReportDocument.Block> blocks(List<ReviewDraft.Section> sections) {
		return sections.stream()
			.map((s) -> new ReportDocument.Block(s.depth(), s.label(), s.title(), s.body()))
			.toList();
	}

	private static List<String> authority(FormatProfile profile, FormatProfile.Signing signing,
			IssueRequest.Signer signer) {
		if (signing == FormatProfile.Signing.COMMITTEE) {
			return List.of(profile.label("committeeFor"),
					profile.label((signer == IssueRequest.Signer.HEAD) ? "committeeHead" : "committeeDeputy"));
		}
		return (signer == IssueRequest.Signer.HEAD) ? List.of(profile.label("head"))
				: List.of(profile.label("deputyFor"), profile.label("deputy"));
	}

	private static List<String> recipients(FormatProfile profile, List<String> given) {
		List<String> lines = new ArrayList<>();
		for (String line : (given != null) ? given : defaultRecipients()) {
			String clean = VietnameseText.clean(line);
			if (clean == null) {
				continue;
			}
			clean = clean.replaceFirst("^[-–+•]\\s*", "").replaceFirst("[,.;]$", "").strip();
			if (!clean.isEmpty() && !clean.startsWith(profile.label("keep") + " ")) {
				lines.add(clean);
			}
		}
		lines.add(profile.label("keep") + " VT");
		return lines;
	}

	private ReportDocument.Appendix appendix(FormatProfile profile, Dashboard dashboard, String numberText,
			String fileName) {
		FigureSentences.Baseline baseline = FigureSentences.baseline(dashboard);
		boolean lastYear = (baseline != null) ? baseline.lastYear() : dashboard.lastYear() != null;
		Period compared = lastYear ? dashboard.lastYear() : dashboard.previous();
		List<ReportDocument.Table> tables = new ArrayList<>();
		for (Dashboard.Part part : dashboard.parts()) {
			List<ReportDocument.Row> rows = new ArrayList<>();
			for (Figure figure : part.figures()) {
				BigDecimal before = lastYear ? figure.lastYearTotal() : figure.previousTotal();
				Figure.Comparison like = (baseline == null) ? Figure.Comparison.NONE
						: lastYear ? figure.withLastYear() : figure.withPrevious();
				String unit = figure.rate() ? "%" : figure.yesNo() ? "xã, phường có"
						: (figure.indicator().unitOfMeasure() != null) ? figure.indicator().unitOfMeasure() : "";
				int decimals = (figure.rate()) ? 1
						: (figure.indicator().valueType() == vn.danvan.reporting.ValueType.DECIMAL
								|| figure.indicator().aggregation() == vn.danvan.reporting.Aggregation.AVERAGE) ? 2 : 0;
				rows.add(new ReportDocument.Row(figure.key(), figure.label(), unit, figure.value(),
						(compared != null) ? before : null, like.now(), like.before(), figure.rate(), decimals));
			}
			tables.add(new ReportDocument.Table(part.section().heading(), rows));
		}
		String valueColumn = dashboard.period().name() + " (" + dashboard.reporting() + "/"
				+ dashboard.coverage().expected() + " đơn vị)";
		String compareColumn = "Kỳ so sánh";
		if (compared != null) {
			Integer reporting = lastYear ? dashboard.lastYearReporting() : dashboard.previousReporting();
			int expected = lastYear ? dashboard.lastYearCoverage().expected() : dashboard.previousCoverage().expected();
			compareColumn = compared.name() + " (" + reporting + "/" + expected + " đơn vị)";
		}
		String note = "";
		if (compared != null && baseline == null) {
			note = "Tăng, giảm: " + FigureSentences.NO_MATCH + ".";
		}
		else if (baseline != null && !baseline.whole()) {
			note = "Tăng, giảm so sánh cùng " + baseline.matched() + " đơn vị đã báo cáo ở cả hai kỳ.";
		}
		return new ReportDocument.Appendix(profile.label("appendix"),
				profile.label("appendixOf").replace("{number}", numberText.replaceFirst("^\\S+\\s+", "")), valueColumn,
				compareColumn, note, tables, fileName + "-Phu-luc");
	}

	static String placeDate(FormatProfile profile, String place, LocalDate date) {
		String day = (date.getDayOfMonth() < 10) ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
		String month = (date.getMonthValue() <= 2) ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
		return profile.label("placeDate")
			.replace("{place}", place)
			.replace("{dd}", day)
			.replace("{mm}", month)
			.replace("{yyyy}", String.valueOf(date.getYear()));
	}

	static String fill(String pattern, Unit unit, Unit parent) {
		String name = shortName(unit);
		String full = (unit.fullName() != null && !unit.fullName().isBlank()) ? unit.fullName() : unit.name();
		String parentFull = (parent == null) ? ""
				: (parent.fullName() != null && !parent.fullName().isBlank()) ? parent.fullName() : parent.name();
		return pattern.replace("{NAME}", name.toUpperCase(VIETNAMESE))
			.replace("{Name}", name)
			.replace("{FULL_NAME}", full.toUpperCase(VIETNAMESE))
			.replace("{PARENT}", parentFull.toUpperCase(VIETNAMESE));
	}

	static String shortName(Unit unit) {
		String name = unit.name();
		for (String prefix : NAME_PREFIXES) {
			if (name.startsWith(prefix) && name.length() > prefix.length()) {
				return name.substring(prefix.length());
			}
		}
		return name;
	}

	/**
	 * "sơ kết công tác dân vận 6 tháng đầu năm 2026, phương hướng, nhiệm vụ 6 tháng cuối
	 * năm 2026" and the like, from the period: a six-month period is a "sơ kết" (first or
	 * second half), a year a "tổng kết".
	 */
	static String summary(Period period) {
		int year = period.windowTo().getYear();
		if (period.type() == PeriodType.ANNUAL) {
			return "tổng kết công tác dân vận năm " + year + ", phương hướng, nhiệm vụ năm " + (year + 1);
		}
		if (period.type() == PeriodType.SIX_MONTH) {
			return (period.windowTo().getMonthValue() <= 8)
					? "sơ kết công tác dân vận 6 tháng đầu năm " + year + ", phương hướng, nhiệm vụ 6 tháng cuối năm "
							+ year
					: "sơ kết công tác dân vận 6 tháng cuối năm " + year + ", phương hướng, nhiệm vụ 6 tháng đầu năm "
							+ (year + 1);
		}
		return "kết quả công tác dân vận " + period.name();
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(VIETNAMESE) + text.substring(1);
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
