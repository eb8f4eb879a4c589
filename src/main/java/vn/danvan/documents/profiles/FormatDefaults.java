package vn.danvan.documents.profiles;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a format profile falls back on: the fonts a file may name, Times New Roman for any
 * other, and the fixed texts of HD36-2018 for labels a profile leaves out. Read by
 * {@link FormatProfile} and {@link FormatProfiles} alike (neither reads the other's
 * statics).
 */
final class FormatDefaults {

	static final String FALLBACK_FONT = "Times New Roman";

	static final Set<String> KNOWN_FONTS = Set.of("times new roman", "liberation serif", "arial", "liberation sans",
			"tahoma", "verdana", "calibri", "cambria", "dejavu serif", "dejavu sans", "noto serif", "noto sans");

	static final Map<String, String> LABELS;

	static {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("party", "ĐẢNG CỘNG SẢN VIỆT NAM");
		labels.put("star", "*");
		labels.put("number", "Số");
		labels.put("typeName", "BÁO CÁO");
		labels.put("typeAbbreviation", "BC");
		labels.put("placeDate", "{place}, ngày {dd} tháng {mm} năm {yyyy}");
		labels.put("recipients", "Nơi nhận:");
		labels.put("keep", "Lưu");
		labels.put("head", "TRƯỞNG BAN");
		labels.put("deputyFor", "K/T TRƯỞNG BAN");
		labels.put("deputy", "PHÓ TRƯỞNG BAN");
		labels.put("committeeFor", "T/M BAN THƯỜNG VỤ");
		labels.put("committeeHead", "BÍ THƯ");
		labels.put("committeeDeputy", "PHÓ BÍ THƯ");
		labels.put("appendix", "PHỤ LỤC SỐ LIỆU");
		labels.put("appendixOf", "(Kèm theo Báo cáo số {number})");
		LABELS = Collections.unmodifiableMap(labels);
	}

	private FormatDefaults() {
	}

	static boolean knownFont(String name) {
		return name != null && KNOWN_FONTS.contains(name.trim().toLowerCase(Locale.ROOT));
	}

}
