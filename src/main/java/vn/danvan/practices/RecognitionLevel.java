package vn.danvan.practices;

import vn.danvan.units.UnitLevel;

/**
 * The level that recognised a practice: commune, province or central.
 */
public enum RecognitionLevel {

	COMMUNE, PROVINCE, CENTRAL;

	public String messageKey() {
		return "practices.level." + name();
	}

	/**
	 * The recognition level of a unit of that level (a district recognises as a commune
	 * level would not: it answers {@code null}).
	 */
	public static RecognitionLevel of(UnitLevel level) {
		return switch (level) {
			case CENTRAL -> CENTRAL;
			case PROVINCE -> PROVINCE;
			case COMMUNE -> COMMUNE;
			default -> null;
		};
	}

}
