package vn.danvan.units;

/**
 * What a unit is: an administrative unit of a level, or an organisation attached to an
 * administrative unit (and reporting at its level).
 */
public enum UnitKind {

	CENTRE(UnitLevel.CENTRAL), CITY(UnitLevel.PROVINCE), PROVINCE(UnitLevel.PROVINCE), DISTRICT(UnitLevel.DISTRICT),
	COMMUNE(UnitLevel.COMMUNE), WARD(UnitLevel.COMMUNE), TOWNSHIP(UnitLevel.COMMUNE), SPECIAL_ZONE(UnitLevel.COMMUNE),
	VILLAGE(UnitLevel.VILLAGE),

	PARTY_COMMITTEE(null), PROPAGANDA_AND_MOBILISATION_BOARD(null), MASS_MOBILISATION_BOARD(null),
	FATHERLAND_FRONT(null), FARMERS_UNION(null), WOMENS_UNION(null), YOUTH_UNION(null), VETERANS_ASSOCIATION(null),
	TRADE_UNION(null), PEOPLES_COMMITTEE(null), POLICE(null), MILITARY(null), DEPARTMENT(null);

	private final UnitLevel level;

	UnitKind(UnitLevel level) {
		this.level = level;
	}

	/**
	 * True for provinces, communes and the like; false for organisations attached to
	 * them.
	 */
	public boolean administrative() {
		return this.level != null;
	}

	/**
	 * The level of an administrative kind; an organisation takes the level of the unit it
	 * is attached to.
	 */
	public UnitLevel levelUnder(UnitLevel parentLevel) {
		return (this.level != null) ? this.level : parentLevel;
	}

	public String messageKey() {
		return "unit.kind." + name();
	}

}
