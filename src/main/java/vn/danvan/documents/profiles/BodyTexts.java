package vn.danvan.documents.profiles;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import vn.danvan.units.Unit;

/**
 * The texts of an issuing body filled in for a unit: the patterns of a profile's body
 * ("BAN TUYÊN GIÁO VÀ DÂN VẬN", "TỈNH ỦY {NAME}", "{Name}") with the unit's name without
 * its kind ("Quảng Ngãi" of "Tỉnh Quảng Ngãi"), its full name and its parent's, and the
 * place-date line ("Quảng Ngãi, ngày 05 tháng 11 năm 2026", months 1 and 2 written with a
 * leading zero as the format requires).
 */
public final class BodyTexts {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private static final List<String> NAME_PREFIXES = List.of("Thành phố ", "Tỉnh ", "Xã ", "Phường ", "Thị trấn ",
			"Đặc khu ", "Huyện ", "Quận ", "Thị xã ");

	private BodyTexts() {
	}

	public static String fill(String pattern, Unit unit, Unit parent) {
		String name = shortName(unit);
		String full = (unit.fullName() != null && !unit.fullName().isBlank()) ? unit.fullName() : unit.name();
		String parentFull = (parent == null) ? ""
				: (parent.fullName() != null && !parent.fullName().isBlank()) ? parent.fullName() : parent.name();
		return pattern.replace("{NAME}", name.toUpperCase(VIETNAMESE))
			.replace("{Name}", name)
			.replace("{FULL_NAME}", full.toUpperCase(VIETNAMESE))
			.replace("{PARENT}", parentFull.toUpperCase(VIETNAMESE));
	}

	/**
	 * The unit's name without its kind: "Quảng Ngãi" of "Tỉnh Quảng Ngãi".
	 */
	public static String shortName(Unit unit) {
		String name = unit.name();
		for (String prefix : NAME_PREFIXES) {
			if (name.startsWith(prefix) && name.length() > prefix.length()) {
				return name.substring(prefix.length());
			}
		}
		return name;
	}

	public static String placeDate(FormatProfile profile, String place, LocalDate date) {
		String day = (date.getDayOfMonth() < 10) ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
		String month = (date.getMonthValue() <= 2) ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
		return profile.label("placeDate")
			.replace("{place}", place)
			.replace("{dd}", day)
			.replace("{mm}", month)
			.replace("{yyyy}", String.valueOf(date.getYear()));
	}

}
