package vn.danvan.documents.reviews;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.danvan.analytics.Dashboard;
import vn.danvan.analytics.Figure;
import vn.danvan.documents.IssueRequest;
import vn.danvan.documents.ReviewDraft;
import vn.danvan.documents.docx.ReportDocument;
import vn.danvan.documents.profiles.BodyTexts;
import vn.danvan.documents.profiles.FormatProfile;
import vn.danvan.documents.sentences.FigureSentences;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.PeriodType;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.units.Unit;

/**
 * The texts of an issued review report, from the draft, the unit and the format profile:
 * the summary of a period, the header's names, the place-date line, the signing
 * authority, the recipients, the file name and the appendix of figures. Used by
 * {@link ReviewReports} when it composes and issues.
 */
final class ReviewDocumentTexts {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private ReviewDocumentTexts() {
	}

	/**
	 * The recipients an officer starts from.
	 */
	public static List<String> defaultRecipients() {
		return List.of("Ban Tuyên giáo và Dân vận cấp trên (để báo cáo)", "Thường trực cấp ủy (để báo cáo)",
				"Các đơn vị trực thuộc");
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

	static List<ReportDocument.Block> blocks(List<ReviewDraft.Section> sections) {
		return sections.stream()
			.map((s) -> new ReportDocument.Block(s.depth(), s.label(), s.title(), s.body()))
			.toList();
	}

	static List<String> authority(FormatProfile profile, FormatProfile.Signing signing, IssueRequest.Signer signer) {
		if (signing == FormatProfile.Signing.COMMITTEE) {
			return List.of(profile.label("committeeFor"),
					profile.label((signer == IssueRequest.Signer.HEAD) ? "committeeHead" : "committeeDeputy"));
		}
		return (signer == IssueRequest.Signer.HEAD) ? List.of(profile.label("head"))
				: List.of(profile.label("deputyFor"), profile.label("deputy"));
	}

	static List<String> recipients(FormatProfile profile, List<String> given) {
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

	static ReportDocument.Appendix appendix(FormatProfile profile, Dashboard dashboard, String numberText,
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
		return BodyTexts.placeDate(profile, place, date);
	}

	static String fill(String pattern, Unit unit, Unit parent) {
		return BodyTexts.fill(pattern, unit, parent);
	}

	static String shortName(Unit unit) {
		return BodyTexts.shortName(unit);
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

	static String capitalised(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(VIETNAMESE) + text.substring(1);
	}

}
