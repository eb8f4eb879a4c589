package vn.danvan.shared.figures;

import java.math.BigDecimal;

/**
 * A measure's value and the application path of the filtered list behind it
 * ({@code /practices?unit=…}).
 */
public record MeasureValue(BigDecimal value, String listPath) {

}
