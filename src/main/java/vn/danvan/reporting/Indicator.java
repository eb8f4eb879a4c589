package vn.danvan.reporting;

import java.math.BigDecimal;

/**
 * What is measured (chỉ tiêu): its type, how it aggregates, its optional breakdown and
 * the bounds a value must respect. A percentage names its numerator and denominator.
 */
public record Indicator(long id, String code, String name, String unitOfMeasure, ValueType valueType,
		Aggregation aggregation, Long breakdownId, Long numeratorId, Long denominatorId, boolean required,
		BigDecimal minValue, BigDecimal maxValue, String description, int version) {

}
