package vn.danvan.reporting.demo;

import vn.danvan.reporting.Indicator;
import vn.danvan.reporting.Rule;
import vn.danvan.reporting.submissions.SubmissionContent;
import vn.danvan.reporting.TemplateStructure;
import vn.danvan.reporting.ValueType;
import vn.danvan.reporting.submissions.SubmissionValidator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Plausible figures for a demo or benchmark report of the default templates: the same
 * seed gives the same figures, "trong đó" parts are drawn as a share of their total, and
 * every {@code NOT_GREATER_THAN} rule of the template holds. Percentages are left out
 * (they are computed).
 */
public final class DemoFigures {

	/** Typical magnitude of a count by its unit of measure (6 months of a commune). */
	private static final Map<String, int[]> BY_UNIT = Map.ofEntries(Map.entry("người", new int[] { 50, 800 }),
			Map.entry("lượt", new int[] { 100, 2500 }), Map.entry("lượt người", new int[] { 50, 600 }),
			Map.entry("hội nghị", new int[] { 1, 8 }), Map.entry("văn bản", new int[] { 3, 20 }),
			Map.entry("cuộc", new int[] { 1, 10 }), Map.entry("ý kiến", new int[] { 10, 80 }),
			Map.entry("đơn", new int[] { 0, 12 }), Map.entry("hồ sơ", new int[] { 300, 2500 }),
			Map.entry("đoàn", new int[] { 0, 2 }), Map.entry("chi hội", new int[] { 20, 60 }),
			Map.entry("khu dân cư", new int[] { 6, 25 }), Map.entry("mô hình", new int[] { 1, 8 }),
			Map.entry("suất", new int[] { 50, 600 }), Map.entry("buổi", new int[] { 2, 15 }),
			Map.entry("ngày công", new int[] { 50, 600 }), Map.entry("cơ sở", new int[] { 1, 10 }),
			Map.entry("báo cáo", new int[] { 6, 24 }), Map.entry("vụ việc", new int[] { 0, 3 }),
			Map.entry("tổ", new int[] { 6, 25 }), Map.entry("tập thể, cá nhân", new int[] { 1, 10 }),
			Map.entry("điểm cầu", new int[] { 1, 4 }), Map.entry("thôn, tổ dân phố", new int[] { 6, 25 }),
			Map.entry("triệu đồng", new int[] { 20, 900 }));

	private static final Map<String, int[]> BY_CODE = Map.ofEntries(Map.entry("DAN_SO", new int[] { 6000, 35000 }),
			Map.entry("SO_HO", new int[] { 1500, 9000 }), Map.entry("DOI_TUONG_TAP_HOP", new int[] { 600, 4000 }),
			Map.entry("CTV_DLXH", new int[] { 3, 12 }), Map.entry("NGUOI_UY_TIN", new int[] { 0, 25 }),
			Map.entry("THANH_VIEN_TO_DAN_VAN", new int[] { 20, 120 }),
			Map.entry("LUOT_QUAN_TRIET", new int[] { 300, 2500 }),
			Map.entry("NGUOI_HUONG_TRO_CAP", new int[] { 200, 1500 }),
			// A provincial organisation counts its members over the whole province.
			Map.entry("DOI_TUONG_TOAN_TINH", new int[] { 60000, 300000 }),
			Map.entry("CHI_HOI_TOAN_TINH", new int[] { 300, 1500 }),
			Map.entry("HV_GIAM_TOAN_TINH", new int[] { 200, 2000 }));

	/** Share of its total a "trong đó" part takes (percent, low and high). */
	private static final Map<String, int[]> SHARE = Map.ofEntries(Map.entry("DAN_SO_DTTS", new int[] { 0, 40 }),
			Map.entry("NGUOI_CO_DAO", new int[] { 5, 50 }), Map.entry("Y_KIEN_GIAI_DAP", new int[] { 75, 100 }),
			Map.entry("DON_THU_GIAI_QUYET", new int[] { 60, 100 }),
			Map.entry("HO_SO_TTHC_DUNG_HAN", new int[] { 90, 100 }),
			Map.entry("NGUOI_NHAN_KHONG_TIEN_MAT", new int[] { 50, 95 }), Map.entry("HOI_VIEN", new int[] { 60, 95 }),
			Map.entry("HOI_VIEN_MOI", new int[] { 2, 8 }), Map.entry("HOI_VIEN_DTTS", new int[] { 0, 30 }),
			Map.entry("HOI_VIEN_TON_GIAO", new int[] { 5, 40 }), Map.entry("CHI_HOI_MOI", new int[] { 0, 10 }),
			Map.entry("KDC_NGAY_HOI", new int[] { 90, 100 }), Map.entry("MH_HIEU_QUA", new int[] { 60, 95 }),
			Map.entry("MH_CONG_NHAN", new int[] { 30, 70 }), Map.entry("MH_DE_NGHI_KHEN", new int[] { 10, 50 }),
			Map.entry("BC_NHANH_DLXH", new int[] { 10, 40 }), Map.entry("VU_VIEC_DA_GIAI_QUYET", new int[] { 50, 100 }),
			Map.entry("THON_HUONG_UOC", new int[] { 80, 100 }), Map.entry("TO_DAN_VAN", new int[] { 90, 100 }),
			Map.entry("HV_TOAN_TINH", new int[] { 55, 90 }), Map.entry("HV_MOI_TOAN_TINH", new int[] { 2, 6 }),
			Map.entry("HV_DTTS_TOAN_TINH", new int[] { 0, 30 }),
			Map.entry("HV_TON_GIAO_TOAN_TINH", new int[] { 5, 30 }),
			Map.entry("CHI_HOI_MOI_TOAN_TINH", new int[] { 0, 5 }),
			Map.entry("KIEN_NGHI_TIEP_THU", new int[] { 60, 95 }));

	/**
	 * Indicators that describe what a commune has rather than what it did in the period.
	 */
	private static final Set<String> STOCKS = Set.of("DAN_SO", "SO_HO", "DOI_TUONG_TAP_HOP", "NGUOI_UY_TIN",
			"THANH_VIEN_TO_DAN_VAN", "CTV_DLXH", "DOI_TUONG_TOAN_TINH");

	private static final Set<String> STOCK_UNITS = Set.of("thôn, tổ dân phố", "khu dân cư", "chi hội", "tổ");

	private DemoFigures() {
	}

	/**
	 * Values by cell key for every entered cell of the template; with {@code share} below
	 * 1 only about that share of the indicators is filled (a draft).
	 */
	public static Map<String, Object> values(TemplateStructure structure, long seed, double share) {
		return values(structure, seed, share, 1.0);
	}

	/**
	 * The same figures as {@link #values(TemplateStructure, long, double)} with the same
	 * seed, as an earlier period of the unit would have had them: every count drawn is
	 * about {@code scale} times as large (each within ±10 %), except the stock of the
	 * commune (population, households, villages…), which moves by at most 2 %. Parts keep
	 * their share of their total, so every rule still holds; a scale of 1 changes
	 * nothing.
	 */
	static Map<String, Object> values(TemplateStructure structure, long seed, double share, double scale) {
		Random random = new Random(seed);
		Random drift = new Random(seed ^ 0x5DEECE66DL);
		Map<String, BigDecimal> numbers = new LinkedHashMap<>();
		Set<String> parts = new LinkedHashSet<>();
		for (Rule rule : structure.rules()) {
			String code = structure.indicator(rule.indicatorId()).code();
			if (rule.kind() == Rule.Kind.NOT_GREATER_THAN && SHARE.containsKey(code)) {
				parts.add(code);
			}
		}
		Map<String, Indicator> byCode = new LinkedHashMap<>();
		structure.indicators().values().forEach((i) -> byCode.put(i.code(), i));
		for (TemplateStructure.Cell cell : structure.cells()) {
			Indicator indicator = cell.indicator();
			if (!indicator.valueType().entered() || parts.contains(indicator.code())) {
				continue;
			}
			switch (indicator.valueType()) {
				case BOOLEAN -> numbers.put(cell.key(), (random.nextInt(10) < 8) ? BigDecimal.ONE : BigDecimal.ZERO);
				case TEXT -> {
				}
				default -> {
					int[] range = BY_CODE.getOrDefault(indicator.code(),
							BY_UNIT.getOrDefault(indicator.unitOfMeasure(), new int[] { 0, 20 }));
					int whole = range[0] + random.nextInt(range[1] - range[0] + 1);
					if (scale != 1.0) {
						double factor = STOCKS.contains(indicator.code())
								|| STOCK_UNITS.contains(indicator.unitOfMeasure()) ? 0.98 + 0.02 * drift.nextDouble()
										: scale * (0.9 + 0.2 * drift.nextDouble());
						whole = (int) Math.round(whole * factor);
					}
					BigDecimal value = (indicator.valueType() == ValueType.DECIMAL)
							? BigDecimal.valueOf(whole * 10L + random.nextInt(10), 1) : BigDecimal.valueOf(whole);
					numbers.put(cell.key(), value);
				}
			}
		}
		// Parts after their totals, in as many passes as the chains need.
		Set<String> pending = new LinkedHashSet<>(parts);
		for (int pass = 0; pass < 5 && !pending.isEmpty(); pass++) {
			for (Rule rule : structure.rules()) {
				Indicator part = structure.indicator(rule.indicatorId());
				if (rule.kind() != Rule.Kind.NOT_GREATER_THAN || !pending.contains(part.code())) {
					continue;
				}
				Indicator whole = structure.indicator(rule.otherIndicatorId());
				if (pending.contains(whole.code())) {
					continue;
				}
				int[] range = SHARE.get(part.code());
				derive(structure, part, whole, range, random, numbers);
				pending.remove(part.code());
			}
		}
		enforce(structure, numbers);
		Map<String, Object> values = new LinkedHashMap<>();
		for (TemplateStructure.Cell cell : structure.cells()) {
			BigDecimal number = numbers.get(cell.key());
			if (number != null && (share >= 1 || random.nextDouble() < share)) {
				values.put(cell.key(), number);
			}
		}
		if (share < 1) {
			// A draft keeps every "trong đó" part together with its total.
			for (Rule rule : structure.rules()) {
				if (rule.kind() != Rule.Kind.NOT_GREATER_THAN) {
					continue;
				}
				for (String key : SubmissionValidator.keys(structure, structure.indicator(rule.indicatorId()))) {
					if (values.containsKey(key)) {
						SubmissionValidator.keys(structure, structure.indicator(rule.otherIndicatorId()))
							.forEach((k) -> values.put(k, numbers.get(k)));
					}
				}
			}
			values.values().removeIf(java.util.Objects::isNull);
		}
		return values;
	}

	private static void derive(TemplateStructure structure, Indicator part, Indicator whole, int[] share, Random random,
			Map<String, BigDecimal> numbers) {
		List<String> partKeys = SubmissionValidator.keys(structure, part);
		List<String> wholeKeys = SubmissionValidator.keys(structure, whole);
		if (part.breakdownId() != null && part.breakdownId().equals(whole.breakdownId())) {
			for (int i = 0; i < partKeys.size(); i++) {
				numbers.put(partKeys.get(i), share(numbers.get(wholeKeys.get(i)), share, random, part));
			}
			return;
		}
		BigDecimal total = SubmissionValidator.total(structure, whole,
				new SubmissionContent(numbers, Map.of(), Map.of()));
		BigDecimal target = share(total, share, random, part);
		if (partKeys.size() == 1) {
			numbers.put(partKeys.get(0), target);
			return;
		}
		// Spread the part's total over its items.
		BigDecimal left = target;
		for (int i = 0; i < partKeys.size(); i++) {
			BigDecimal piece = (i == partKeys.size() - 1) ? left
					: left.multiply(BigDecimal.valueOf(random.nextInt(101)))
						.divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN);
			numbers.put(partKeys.get(i), piece);
			left = left.subtract(piece);
		}
	}

	private static BigDecimal share(BigDecimal total, int[] share, Random random, Indicator part) {
		if (total == null) {
			return BigDecimal.ZERO;
		}
		int percent = share[0] + random.nextInt(share[1] - share[0] + 1);
		int scale = (part.valueType() == ValueType.INTEGER) ? 0 : 1;
		return total.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), scale, RoundingMode.DOWN);
	}

	/**
	 * Lowers any part still above its total (a part drawn without a share).
	 */
	private static void enforce(TemplateStructure structure, Map<String, BigDecimal> numbers) {
		for (int pass = 0; pass < 5; pass++) {
			boolean changed = false;
			for (Rule rule : structure.rules()) {
				if (rule.kind() != Rule.Kind.NOT_GREATER_THAN) {
					continue;
				}
				Indicator part = structure.indicator(rule.indicatorId());
				Indicator whole = structure.indicator(rule.otherIndicatorId());
				SubmissionContent content = new SubmissionContent(numbers, Map.of(), Map.of());
				BigDecimal partTotal = SubmissionValidator.total(structure, part, content);
				BigDecimal wholeTotal = SubmissionValidator.total(structure, whole, content);
				if (partTotal == null || wholeTotal == null || partTotal.compareTo(wholeTotal) <= 0) {
					continue;
				}
				for (String key : SubmissionValidator.keys(structure, part)) {
					BigDecimal value = numbers.get(key);
					if (value != null && partTotal.signum() > 0) {
						numbers.put(key, value.multiply(wholeTotal).divide(partTotal, 0, RoundingMode.DOWN));
					}
				}
				changed = true;
			}
			if (!changed) {
				return;
			}
		}
	}

}
