package vn.danvan.analytics.maps;

import java.math.BigDecimal;

import vn.danvan.shared.text.VietnameseNumbers;

/**
 * One province's value on a {@link ProvinceMap}.
 *
 * @param code the official province code, as on the province unit ({@code 01})
 * @param name the province's name
 * @param value the value, {@code null} when there is none (the province shows grey)
 * @param display the value as shown, written the Vietnamese way ({@code 1.234,5})
 * @param url where a click on the province leads (its dashboard), or {@code null}
 */
public record MapValue(String code, String name, BigDecimal value, String display, String url) {

	/**
	 * A value shown as Vietnamese officials write numbers.
	 */
	public static MapValue of(String code, String name, BigDecimal value, String url) {
		return new MapValue(code, name, value, (value != null) ? VietnameseNumbers.format(value) : null, url);
	}

	public static MapValue of(String code, String name, BigDecimal value) {
		return of(code, name, value, null);
	}

}
