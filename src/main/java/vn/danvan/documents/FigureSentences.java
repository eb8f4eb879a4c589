package vn.danvan.documents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.danvan.analytics.Dashboard;
import vn.danvan.analytics.Figure;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.PeriodType;
import vn.danvan.reporting.ValueType;
import vn.danvan.shared.text.VietnameseNumbers;

/**
 * Figures written as Vietnamese sentences with their comparison: "Số mô hình đăng ký:
 * 2.071 mô hình, tăng 276 mô hình so với năm 2020." Compared with the same period a year
 * before when there is one, otherwise with the previous period.
 */
final class FigureSentences {

	private FigureSentences() {
	}

	static String of(Dashboard dashboard, List<Figure> figures) {
		Map<Long, List<Figure>> byIndicator = new LinkedHashMap<>();
		for (Figure figure : figures) {
			byIndicator.computeIfAbsent(figure.indicator().id(), (id) -> new ArrayList<>()).add(figure);
		}
		List<String> sentences = new ArrayList<>();
		for (List<Figure> group : byIndicator.values()) {
			Figure total = group.stream().filter((f) -> f.item().isEmpty()).findFirst().orElse(null);
			if (total == null || total.value() == null) {
				continue;
			}
			StringBuilder text = new StringBuilder(sentence(dashboard, total));
			List<String> parts = new ArrayList<>();
			for (Figure item : group) {
				if (!item.item().isEmpty() && item.value() != null) {
					parts.add(item.itemName() + " " + VietnameseNumbers.format(item.value()));
				}
			}
			if (!parts.isEmpty()) {
				text.append(" (trong đó: ").append(String.join("; ", parts)).append(")");
			}
			sentences.add("- " + text + ".");
		}
		return String.join("\n", sentences);
	}

	/**
	 * A line for the first figures of the report when the period compared against adds up
	 * a different number of units ("Lưu ý: số liệu kỳ này tổng hợp từ 4/6 đơn vị, kỳ
	 * trước từ 6/6 đơn vị; …"), so that nobody signs a fall that only means fewer
	 * reports. Empty when the counts are the same or there is nothing to compare with.
	 */
	static java.util.Optional<String> coverageNote(Dashboard dashboard) {
		Integer before;
		int expected;
		String baseline;
		if (dashboard.lastYear() != null) {
			before = dashboard.lastYearReporting();
			expected = dashboard.lastYearCoverage().expected();
			baseline = lastYearName(dashboard.period(), dashboard.lastYear());
		}
		else if (dashboard.previous() != null) {
			before = dashboard.previousReporting();
			expected = dashboard.previousCoverage().expected();
			baseline = "kỳ trước";
		}
		else {
			return java.util.Optional.empty();
		}
		if (before == null || before == dashboard.reporting()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of("Lưu ý: số liệu kỳ này tổng hợp từ " + dashboard.reporting() + "/"
				+ dashboard.coverage().expected() + " đơn vị, " + baseline + " từ " + before + "/" + expected
				+ " đơn vị; mức tăng, giảm dưới đây có phần do số đơn vị báo cáo khác nhau.");
	}

	/**
	 * One figure: "name: value unit, tăng/giảm change unit (percent) so với baseline" or
	 * "bằng baseline".
	 */
	static String sentence(Dashboard dashboard, Figure figure) {
		boolean percentage = figure.indicator().valueType() == ValueType.PERCENTAGE;
		String unit = unit(figure, percentage);
		StringBuilder text = new StringBuilder(figure.indicator().name()).append(": ")
			.append(VietnameseNumbers.format(figure.value()))
			.append(unit);
		BigDecimal before;
		String baseline;
		if (dashboard.lastYear() != null && figure.lastYear() != null) {
			before = figure.lastYear();
			baseline = lastYearName(dashboard.period(), dashboard.lastYear());
		}
		else if (dashboard.previous() != null && figure.previous() != null) {
			before = figure.previous();
			baseline = "kỳ trước";
		}
		else {
			return text.toString();
		}
		int sign = figure.value().compareTo(before);
		if (sign == 0) {
			return text.append(", bằng ").append(baseline).toString();
		}
		BigDecimal change = figure.value().subtract(before).abs();
		text.append((sign > 0) ? ", tăng " : ", giảm ").append(VietnameseNumbers.format(change));
		if (percentage) {
			text.append(" điểm phần trăm");
		}
		else {
			text.append(unit);
			if (before.signum() != 0) {
				BigDecimal percent = change.multiply(BigDecimal.valueOf(100))
					.divide(before.abs(), 1, java.math.RoundingMode.HALF_UP);
				text.append(" (").append(VietnameseNumbers.format(percent)).append("%)");
			}
		}
		return text.append(" so với ").append(baseline).toString();
	}

	private static String unit(Figure figure, boolean percentage) {
		if (percentage) {
			return "%";
		}
		String unit = figure.indicator().unitOfMeasure();
		return (unit == null || unit.isBlank()) ? "" : " " + unit.trim();
	}

	static String lastYearName(Period period, Period lastYear) {
		int year = lastYear.windowTo().getYear();
		return (period.type() == PeriodType.ANNUAL) ? "năm " + year : "cùng kỳ năm " + year;
	}

}
