package vn.danvan.units;

/**
 * The administrative level a unit belongs to. {@code DISTRICT} exists only in history
 * (abolished on 01/7/2025).
 */
public enum UnitLevel {

	CENTRAL, PROVINCE, DISTRICT, COMMUNE, VILLAGE;

	public String messageKey() {
		return "unit.level." + name();
	}

}
