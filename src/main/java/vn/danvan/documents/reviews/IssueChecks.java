package vn.danvan.documents.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.danvan.analytics.Analytics;
import vn.danvan.analytics.Dashboard;
import vn.danvan.analytics.View;
import vn.danvan.documents.IssueCheck;
import vn.danvan.documents.ReviewDraft;
import vn.danvan.documents.sentences.FigureSentences;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.Periods;
import vn.danvan.shared.security.ScopedUser;
import vn.danvan.units.Units;

/**
 * What a review draft still lacks before it is issued ("Ban hành" shows it before the
 * officer confirms): empty mandatory parts and sections, units that did not report, no
 * period to compare with, reports returned for correction. Used by {@link ReviewReports}.
 */
@Component
class IssueChecks {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final Analytics analytics;

	private final Periods periods;

	private final Units units;

	IssueChecks(Analytics analytics, Periods periods, Units units) {
		this.analytics = analytics;
		this.periods = periods;
		this.units = units;
	}

	IssueCheck check(ScopedUser user, DraftRepository.Row row, Dashboard dashboard,
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

	/**
	 * The findings as JSON, kept with the issued document ({@code null} when clean).
	 */
	static String json(IssueCheck check) {
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

}
