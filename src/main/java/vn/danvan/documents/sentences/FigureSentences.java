package vn.danvan.documents.sentences;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.danvan.analytics.Dashboard;
import vn.danvan.analytics.Figure;
import vn.danvan.reporting.Aggregation;
import vn.danvan.reporting.Period;
import vn.danvan.reporting.PeriodType;
import vn.danvan.reporting.ValueType;
import vn.danvan.shared.text.VietnameseNumbers;
import vn.danvan.units.UnitLevel;

/**
 * Figures written as Vietnamese sentences with their comparison: "Số mô hình đăng ký:
 * 2.071 mô hình, tăng 276 mô hình (15,4%) so với cùng kỳ năm 2035". Compared with the
 * same period a year before when some unit reported in both, otherwise with the previous
 * period; always over the units that reported in both periods, and said so when those are
 * not all the units of either ("…; so với kỳ trước, cùng 4 đơn vị báo cáo: tăng 2,1%").
 * Each indicator is written as what it is: a yes/no indicator as a count of units ("4/6
 * xã, phường có …"), a percentage in points, an average as such, money in triệu or tỷ
 * đồng. A "Trong đó: …" indicator is written on the line directly under the indicator it
 * is part of.
 */
public final class FigureSentences {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	public static final String NO_MATCH = "không có số liệu so sánh cùng đơn vị";

	/**
	 * What the reporting units are called in a count (the default templates are for
	 * communes and wards).
	 */
	private static final String UNITS = "xã, phường";

	private FigureSentences() {
	}

	/**
	 * The sentences of one section's figures, a line each ("- …"), a part directly under
	 * its whole ("+ Trong đó: …").
	 * @param partOf for an indicator that is part of another ("Trong đó: …"), the other's
	 * id
	 */
	public static String of(Dashboard dashboard, List<Figure> figures, Map<Long, Long> partOf) {
		Map<Long, List<Figure>> byIndicator = new LinkedHashMap<>();
		for (Figure figure : figures) {
			byIndicator.computeIfAbsent(figure.indicator().id(), (id) -> new ArrayList<>()).add(figure);
		}
		Map<Long, Figure> totals = new LinkedHashMap<>();
		byIndicator.forEach((id, group) -> group.stream()
			.filter((f) -> f.item().isEmpty() && f.value() != null)
			.findFirst()
			.ifPresent((f) -> totals.put(id, f)));
		Map<Long, List<Long>> parts = new LinkedHashMap<>();
		Set<Long> placed = new LinkedHashSet<>();
		for (Long id : totals.keySet()) {
			Long whole = whole(totals.get(id), partOf, totals);
			if (whole != null) {
				parts.computeIfAbsent(whole, (w) -> new ArrayList<>()).add(id);
				placed.add(id);
			}
		}
		List<String> lines = new ArrayList<>();
		for (Long id : totals.keySet()) {
			if (placed.contains(id)) {
				continue;
			}
			lines.add("- " + line(dashboard, totals.get(id), byIndicator.get(id), false) + ".");
			for (Long part : parts.getOrDefault(id, List.of())) {
				lines.add("+ " + line(dashboard, totals.get(part), byIndicator.get(part), true) + ".");
			}
		}
		return String.join("\n", lines);
	}

	/**
	 * The indicator a "Trong đó" figure is part of, when its figure is written too.
	 */
	private static Long whole(Figure figure, Map<Long, Long> partOf, Map<Long, Figure> written) {
		if (!isPart(figure)) {
			return null;
		}
		Long whole = partOf.get(figure.indicator().id());
		if (whole != null && written.containsKey(whole) && !isPart(written.get(whole))) {
			return whole;
		}
		// No declared whole: the nearest indicator before it in the section, not a part
		// itself, counted in the same unit.
		Long nearest = null;
		for (Figure other : written.values()) {
			if (other == figure) {
				break;
			}
			if (!isPart(other) && other.indicator().valueType() == figure.indicator().valueType()
					&& same(other.indicator().unitOfMeasure(), figure.indicator().unitOfMeasure())) {
				nearest = other.indicator().id();
			}
		}
		return (whole == null) ? nearest : null;
	}

	static boolean isPart(Figure figure) {
		return figure.indicator().name().strip().toLowerCase(VIETNAMESE).startsWith("trong đó");
	}

	private static String line(Dashboard dashboard, Figure total, List<Figure> group, boolean asPart) {
		List<String> items = new ArrayList<>();
		for (Figure item : group) {
			if (!item.item().isEmpty() && item.value() != null) {
				items.add(item.itemName() + " " + amount(item, item.value()));
			}
		}
		return sentence(dashboard, total, asPart,
				items.isEmpty() ? "" : " (trong đó: " + String.join("; ", items) + ")");
	}

	/**
	 * A line for the first figures of the report saying how many units each period adds
	 * up and over which units the changes are computed ("Lưu ý: số liệu kỳ này tổng hợp
	 * từ 4/6 đơn vị, kỳ trước từ 6/6 đơn vị; mức tăng, giảm dưới đây so sánh cùng 4 đơn
	 * vị đã báo cáo ở cả hai kỳ."), so that nobody signs a fall that only means fewer
	 * reports. Empty when every unit is compared, or there is nothing to compare with.
	 */
	public static Optional<String> coverageNote(Dashboard dashboard) {
		Baseline baseline = baseline(dashboard);
		if (baseline == null) {
			Period other = (dashboard.lastYear() != null) ? dashboard.lastYear() : dashboard.previous();
			if (other == null) {
				return Optional.empty();
			}
			return Optional
				.of("Lưu ý: số liệu kỳ này tổng hợp từ " + dashboard.reporting() + "/" + dashboard.coverage().expected()
						+ " đơn vị; " + NO_MATCH + " với " + ((dashboard.lastYear() != null)
								? lastYearName(dashboard.period(), dashboard.lastYear()) : "kỳ trước")
						+ ", nên không nêu mức tăng, giảm.");
		}
		if (baseline.whole()) {
			return Optional.empty();
		}
		return Optional.of("Lưu ý: số liệu kỳ này tổng hợp từ " + dashboard.reporting() + "/"
				+ dashboard.coverage().expected() + " đơn vị, " + baseline.name() + " từ " + baseline.reporting() + "/"
				+ baseline.expected() + " đơn vị; mức tăng, giảm dưới đây so sánh cùng " + baseline.matched()
				+ " đơn vị đã báo cáo ở cả hai kỳ.");
	}

	/**
	 * The period compared against: a year before when some unit reported in both, else
	 * the previous period on the same condition; null when neither can be compared.
	 */
	public static Baseline baseline(Dashboard dashboard) {
		if (dashboard.lastYear() != null && !dashboard.lastYearNotComparable()) {
			return new Baseline(lastYearName(dashboard.period(), dashboard.lastYear()), true,
					dashboard.lastYearMatched(), dashboard.lastYearReporting(), dashboard.lastYearCoverage().expected(),
					whole(dashboard.lastYearMatched(), dashboard.reporting(), dashboard.lastYearReporting()));
		}
		if (dashboard.previous() != null && !dashboard.previousNotComparable()) {
			return new Baseline("kỳ trước", false, dashboard.previousMatched(), dashboard.previousReporting(),
					dashboard.previousCoverage().expected(),
					whole(dashboard.previousMatched(), dashboard.reporting(), dashboard.previousReporting()));
		}
		return null;
	}

	private static boolean whole(int matched, int reporting, int before) {
		return matched == reporting && matched == before;
	}

	/**
	 * @param whole every unit reporting in either period is compared
	 */
	public record Baseline(String name, boolean lastYear, int matched, int reporting, int expected, boolean whole) {
	}

	/**
	 * One figure: "name: value unit, tăng/giảm change unit (percent) so với baseline"
	 * when every unit is compared, "name: value unit; so với baseline, cùng 4 đơn vị báo
	 * cáo: tăng …" when only some are.
	 */
	static String sentence(Dashboard dashboard, Figure figure, boolean asPart, String items) {
		String name = asPart ? figure.indicator().name().strip() : standalone(figure.indicator().name());
		StringBuilder text = new StringBuilder();
		if (figure.yesNo()) {
			text.append(yesNo(dashboard, figure, name));
		}
		else {
			text.append(name).append(": ");
			if (figure.indicator().aggregation() == Aggregation.AVERAGE) {
				text.append("bình quân ");
			}
			text.append(amount(figure, figure.value()));
		}
		text.append(items);
		Baseline baseline = baseline(dashboard);
		if (baseline == null) {
			return text.toString();
		}
		Figure.Comparison compared = baseline.lastYear() ? figure.withLastYear() : figure.withPrevious();
		if (!compared.possible()) {
			return text.toString();
		}
		String change = change(figure, compared);
		if (baseline.whole()) {
			return change.equals("không đổi") ? text.append(", bằng ").append(baseline.name()).toString()
					: text.append(", ").append(change).append(" so với ").append(baseline.name()).toString();
		}
		return text.append("; so với ")
			.append(baseline.name())
			.append(", cùng ")
			.append(baseline.matched())
			.append(" đơn vị báo cáo: ")
			.append(change)
			.toString();
	}

	/**
	 * "tăng 276 mô hình (15,4%)", "giảm 2 điểm phần trăm", "tăng 1 xã, phường", "không
	 * đổi".
	 */
	private static String change(Figure figure, Figure.Comparison compared) {
		BigDecimal delta = compared.change();
		int sign = delta.signum();
		if (sign == 0) {
			return "không đổi";
		}
		StringBuilder text = new StringBuilder((sign > 0) ? "tăng " : "giảm ");
		BigDecimal change = delta.abs();
		if (figure.rate()) {
			text.append(VietnameseNumbers.format(change.setScale(1, RoundingMode.HALF_UP))).append(" điểm phần trăm");
		}
		else if (figure.yesNo()) {
			text.append(VietnameseNumbers.format(change)).append(" ").append(UNITS);
		}
		else {
			text.append(amount(figure, change));
			BigDecimal before = compared.before();
			if (before.signum() != 0) {
				BigDecimal percent = change.multiply(BigDecimal.valueOf(100))
					.divide(before.abs(), 1, RoundingMode.HALF_UP);
				text.append(" (").append(VietnameseNumbers.format(percent)).append("%)");
			}
		}
		return text.toString();
	}

	/**
	 * "4/6 xã, phường có khối dân vận … được kiện toàn"; for a unit's own report, "…:
	 * có".
	 */
	private static String yesNo(Dashboard dashboard, Figure figure, String name) {
		int yes = figure.value().setScale(0, RoundingMode.HALF_UP).intValue();
		if (figure.reported() <= 1 && dashboard.unit().level() == UnitLevel.COMMUNE) {
			return name + ": " + ((yes > 0) ? "có" : "không");
		}
		return yes + "/" + figure.reported() + " " + UNITS + " có " + lowerFirst(name);
	}

	/**
	 * A value with its unit: percentages with "%", money in the unit that reads best
	 * (2.345,6 triệu đồng as "2,35 tỷ đồng"), other decimals to two places.
	 */
	static String amount(Figure figure, BigDecimal value) {
		if (figure.rate()) {
			return VietnameseNumbers.format(value.setScale(1, RoundingMode.HALF_UP)) + "%";
		}
		String unit = figure.indicator().unitOfMeasure();
		unit = (unit == null) ? "" : unit.strip();
		if (figure.yesNo()) {
			return VietnameseNumbers.format(value);
		}
		BigDecimal dong = dongFactor(unit);
		if (dong != null) {
			return money(value.multiply(dong));
		}
		BigDecimal shown = (figure.indicator().valueType() == ValueType.INTEGER
				&& figure.indicator().aggregation() != Aggregation.AVERAGE) ? value
						: value.setScale(2, RoundingMode.HALF_UP);
		return VietnameseNumbers.format(shown) + (unit.isEmpty() ? "" : " " + unit);
	}

	private static BigDecimal dongFactor(String unit) {
		return switch (unit.toLowerCase(VIETNAMESE)) {
			case "đồng" -> BigDecimal.ONE;
			case "nghìn đồng", "ngàn đồng" -> BigDecimal.valueOf(1_000);
			case "triệu đồng" -> BigDecimal.valueOf(1_000_000);
			case "tỷ đồng" -> BigDecimal.valueOf(1_000_000_000);
			default -> null;
		};
	}

	/**
	 * An amount of money: from a thousand million in tỷ đồng to two places, from a
	 * million in triệu đồng to one place, else in đồng.
	 */
	static String money(BigDecimal dong) {
		BigDecimal size = dong.abs();
		if (size.compareTo(BigDecimal.valueOf(1_000_000_000)) >= 0) {
			return VietnameseNumbers
				.format(dong.divide(BigDecimal.valueOf(1_000_000_000), 2, RoundingMode.HALF_UP).stripTrailingZeros())
					+ " tỷ đồng";
		}
		if (size.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
			return VietnameseNumbers
				.format(dong.divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP).stripTrailingZeros())
					+ " triệu đồng";
		}
		return VietnameseNumbers.format(dong.setScale(0, RoundingMode.HALF_UP)) + " đồng";
	}

	/**
	 * A part's name written on its own line when its whole is not written: without "Trong
	 * đó:", capitalised.
	 */
	private static String standalone(String name) {
		String text = name.strip();
		if (text.toLowerCase(VIETNAMESE).startsWith("trong đó")) {
			text = text.substring("trong đó".length()).replaceFirst("^\\s*[:,]?\\s*", "");
			return upperFirst(text);
		}
		return text;
	}

	private static String lowerFirst(String text) {
		if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
			return text.substring(0, 1).toLowerCase(VIETNAMESE) + text.substring(1);
		}
		return text;
	}

	private static String upperFirst(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(VIETNAMESE) + text.substring(1);
	}

	private static boolean same(String a, String b) {
		return ((a == null) ? "" : a.strip()).equalsIgnoreCase((b == null) ? "" : b.strip());
	}

	static String lastYearName(Period period, Period lastYear) {
		int year = lastYear.windowTo().getYear();
		return (period.type() == PeriodType.ANNUAL) ? "năm " + year : "cùng kỳ năm " + year;
	}

}
