package vn.danvan.reporting.catalogue;

/**
 * The indicator form as posted: bounds as typed ({@code 1.234,5}), the type and
 * aggregation as names, the breakdown and the parts of a percentage as codes;
 * {@code version} is the version of the indicator the edit form was built from.
 */
record IndicatorForm(String code, String name, String unitOfMeasure, String valueType, String aggregation,
		String breakdown, String numerator, String denominator, Boolean required, String minValue, String maxValue,
		String description, Integer version) {

	static IndicatorForm empty() {
		return new IndicatorForm("", "", "", "INTEGER", "SUM", "", "", "", false, "", "", "", null);
	}

}
